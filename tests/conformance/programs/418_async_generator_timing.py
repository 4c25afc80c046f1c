# Rule: sleeps inside an async generator advance the loop's clock like any coroutine's: two generators sleeping concurrently finish in the longer one's time, not the sum.
import asyncio
import time


async def slow_range(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def collect(n, delay):
    return [x async for x in slow_range(n, delay)]


async def main():
    start = time.perf_counter()
    a, b = await asyncio.gather(collect(3, 0.12), collect(2, 0.08))
    print(a, b, f"{time.perf_counter() - start:.1f}")


asyncio.run(main())
