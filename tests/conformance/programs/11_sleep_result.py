# Rule: asyncio.sleep(delay, result) returns result when it wakes, for zero and positive delays.
import asyncio


async def main():
    a = await asyncio.sleep(0, "from zero")
    b = await asyncio.sleep(0.01, ["from", "timer"])
    c = await asyncio.sleep(0.01)
    print(repr(a))
    print(b)
    print(c)


asyncio.run(main())
