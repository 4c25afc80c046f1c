# Rule: enumerate, zip, sorted, min, max, sum, len and range behave as in CPython.
import asyncio


async def main():
    names = ["gamma", "alpha", "beta"]
    for i, name in enumerate(names):
        print(i, name)
    print([pair for pair in zip(names, [3, 1, 2])], [p for p in zip("ab", range(10))])
    print(sorted(names), sorted([3, 1, 2]), sorted(names, key=len), sorted("cab"))
    print(min(names), max(names), min(4, 2, 8), max([1.5, -2]), max(3, 7.5))
    print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([]), sum(range(10)))
    print(len(names), len({"a": 1}), len(range(2, 10, 3)), len((1, 2)), len({5}))
    print([i for i in range(5)], [i for i in range(2, 10, 3)], [i for i in range(5, 0, -2)])
    print(range(3), range(1, 4))
    for i, (name, n) in enumerate(zip(names, range(100, 103))):
        print(i, name, n)


asyncio.run(main())
