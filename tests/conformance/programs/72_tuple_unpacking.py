# Rule: tuple unpacking in assignments, for loops and returned tuples, including swaps and starred targets.
import asyncio


async def min_max(values):
    await asyncio.sleep(0)
    return min(values), max(values)


async def main():
    lo, hi = await min_max([4, 9, 1])
    print(lo, hi)
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    (x, y), z = (10, 20), 30
    print(x, y, z)
    first, *rest = [1, 2, 3, 4]
    *init, last = "abc"
    print(first, rest, init, last)
    for name, (score, grade) in [("ann", (90, "A")), ("bob", (75, "C"))]:
        print(f"{name}: {score} {grade}")
    pair = 5, 6
    print(pair, type(pair).__name__)
    p = q = 0
    print(p, q)


asyncio.run(main())
