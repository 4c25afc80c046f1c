# Rule: await binds tighter than every binary operator; hex of a negative number, int against infinity, Ellipsis, nonlocal, the walrus operator, keyword-only parameters and **kwargs behave as in CPython.
import asyncio


async def one():
    await asyncio.sleep(0)
    return 1


def counter():
    count = 0

    def bump(*, by=1, **extra):
        nonlocal count
        count += by
        return count, sorted(extra)

    return bump


async def main():
    print(await one() + 1, await one() * 3 - 1, await one() ** 2, await one() << 3, -await one())
    print(await one() if await one() else "no", await one() < 2, [await one() + i for i in range(3)])
    print(hex(-255), oct(-8), bin(5), hex(2**70))
    print(10**400 == float("inf"), 10**400 < float("inf"), 2**53 + 1 == float(2**53), 3 < 3.5)
    x = ...
    print(x, x is Ellipsis, type(x).__name__)
    bump = counter()
    bump()
    print(bump(by=5, tag="t", note="n"))
    try:
        bump(5)
    except TypeError as e:
        print(e)
    values = [3, 8, 1, 9]
    if (n := len(values)) > 3:
        print("long list", n)
    print([y for v in values if (y := v * 2) > 5], y)
    print({1: "a", 1.0: "b", True: "c"})


asyncio.run(main())
