# Probe: wait_for with a negative timeout times out at once.
import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    try:
        await asyncio.wait_for(slow(), -1)
    except asyncio.TimeoutError:
        print('timed out at once')

asyncio.run(main())
