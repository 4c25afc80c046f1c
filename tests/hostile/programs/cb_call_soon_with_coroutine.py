# Probe: call_soon with a coroutine function raises TypeError.
import asyncio

async def coro():
    pass

async def main():
    try:
        asyncio.get_running_loop().call_soon(coro())
    except TypeError as e:
        print(type(e).__name__)

asyncio.run(main())
