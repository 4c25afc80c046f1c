# Probe: asyncio.sleep with an unknown keyword is a TypeError.
import asyncio

async def main():
    try:
        await asyncio.sleep(0, 1, 2)
    except TypeError as e:
        print(e)
    try:
        await asyncio.sleep(0, seconds=1)
    except TypeError as e:
        print(e)

asyncio.run(main())
