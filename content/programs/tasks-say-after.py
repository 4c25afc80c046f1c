import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(f"{what} at {time.perf_counter() - start:.1f}s")


async def main():
    global start
    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    print(f"started at {time.perf_counter() - start:.1f}s")
    await task1
    await task2
    print(f"finished at {time.perf_counter() - start:.1f}s")


asyncio.run(main())
