# Rule: // and % floor toward negative infinity, / always gives a float, ** and float repr follow CPython.
import asyncio


async def main():
    print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
    print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
    print(7 / 2, 6 / 3, -1 / 4, 10 / 4)
    print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5)
    print(0.1 + 0.2, 1e-05, 1e16, 1e15, 123456789.0 * 10)
    print(1e308 * 10, -1e308 * 10, 0.1 * 3, 1 / 8)
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
    print(int(3.9), int(-3.9), int("12"), int("-7"), str(2.50))
    print(3 * "ab", "ab" + "cd", [0] * 3, 10 - 2 * 3, (10 - 2) * 3)
    print(1 == 1.0, 5 > 3 > 1, 2 ** 100, 2 ** 64 // 3)
    x = 10
    x += 5
    x //= 4
    x **= 3
    x -= 1
    print(x, type(x).__name__, type(x / 1).__name__)


asyncio.run(main())
