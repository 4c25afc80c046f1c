# Rule: while/for with break, continue and else run exactly as in CPython, also around awaits.
import asyncio


async def main():
    n = 0
    while True:
        n += 1
        if n % 2 == 0:
            continue
        if n > 7:
            break
        print("odd", n)
        await asyncio.sleep(0)
    for x in [1, 2, 3]:
        if x == 5:
            break
    else:
        print("for-else runs when no break happened")
    i = 3
    while i > 0:
        i -= 1
    else:
        print("while-else runs too, i =", i)
    for a in range(3):
        for b in range(3):
            if b > a:
                break
            print(a, b, end=" | ")
    print()


asyncio.run(main())
