# Probe: await 5 is a TypeError.
import asyncio

async def main():
    try:
        await 5
    except TypeError as e:
        print(e)

asyncio.run(main())
