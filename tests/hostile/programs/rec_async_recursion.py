# Probe: an async function awaiting itself without end raises RecursionError.
import asyncio

async def down(n):
    return await down(n + 1)

async def main():
    try:
        await down(0)
    except RecursionError:
        print('async RecursionError')

asyncio.run(main())
