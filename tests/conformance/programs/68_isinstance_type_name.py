# Rule: type(x).__name__ and isinstance report CPython's type names, including bool being an int.
import asyncio


async def coro():
    return None


async def main():
    values = [1, 2.0, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2)]
    for v in values:
        print(repr(v), type(v).__name__)
    print(isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
    print(isinstance("x", str), isinstance([1], (list, tuple)), isinstance(None, int))
    print(isinstance(ValueError("v"), Exception), isinstance(KeyError("k"), ValueError))
    c = coro()
    print(type(c).__name__, type(main).__name__, type(lambda: 0).__name__)
    c.close()
    t = asyncio.create_task(coro())
    fut = asyncio.get_running_loop().create_future()
    print(type(t).__name__, type(fut).__name__)
    await t


asyncio.run(main())
