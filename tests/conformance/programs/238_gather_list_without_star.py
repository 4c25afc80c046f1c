# Rule: gather hashes each argument before wrapping it, so a list passed without * is unhashable
import asyncio


async def double(i):
    return i * 2


async def main():
    coros = [double(i) for i in range(3)]
    try:
        await asyncio.gather(coros)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(*coros))
    try:
        await asyncio.gather(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
