# Rule: anext(it) returns the async generator's __anext__() awaitable; anext(it, default) gives default instead of raising StopAsyncIteration; aiter(x) is x.__aiter__().
import asyncio


async def two():
    yield "first"
    await asyncio.sleep(0)
    yield "second"


async def main():
    it = aiter(two())
    print(type(it).__name__, aiter(it) is it)
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without a default")
    aw = anext(two())
    print(type(aw).__name__)
    print(await aw)
    try:
        anext([1, 2])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
