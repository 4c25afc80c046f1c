# Probe: asyncio.sleep(None) is a TypeError.
import asyncio

async def main():
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print('TypeError')

asyncio.run(main())
