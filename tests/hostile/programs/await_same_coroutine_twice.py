# Probe: awaiting one coroutine object twice is a RuntimeError.
import asyncio

async def one():
    return 1

async def main():
    c = one()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)

asyncio.run(main())
