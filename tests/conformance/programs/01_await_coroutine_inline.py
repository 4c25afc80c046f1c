# Rule: awaiting a coroutine is a plain nested call; it runs inline and schedules nothing.
import asyncio


async def square(x):
    print(f"square({x}) runs")
    return x * x


async def sum_of_squares(a, b):
    first = await square(a)
    second = await square(b)
    print("sum_of_squares has both values")
    return first + second


async def main():
    print("main: before await")
    total = await sum_of_squares(3, 4)
    print("main: after await, total =", total)


asyncio.run(main())
