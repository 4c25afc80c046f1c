# Probe: asyncio.create_task of a plain function's result is a TypeError.
import asyncio

def plain():
    return 1

async def main():
    try:
        asyncio.create_task(plain())
    except TypeError as e:
        print(e)

asyncio.run(main())
