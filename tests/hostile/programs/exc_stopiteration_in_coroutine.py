# Probe: StopIteration raised inside a coroutine becomes RuntimeError.
import asyncio

async def f():
    raise StopIteration

async def main():
    try:
        await f()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
