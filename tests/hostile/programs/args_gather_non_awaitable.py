# Probe: asyncio.gather(1) is a TypeError.
import asyncio

async def main():
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print(e)

asyncio.run(main())
