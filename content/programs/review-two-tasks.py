import asyncio
import time


async def work(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} finished")


async def main():
    start = time.perf_counter()
    t1 = asyncio.create_task(work("one", 1))
    t2 = asyncio.create_task(work("two", 2))
    await t1
    await t2
    await work("three", 1)
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
