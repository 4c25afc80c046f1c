import asyncio
import time


async def blocking_wait():
    time.sleep(0.5)


async def threaded_wait():
    await asyncio.to_thread(time.sleep, 0.5)


async def main():
    start = time.perf_counter()
    await asyncio.gather(blocking_wait(), blocking_wait())
    print(f"time.sleep x2: {time.perf_counter() - start:.1f}s")
    await asyncio.gather(threaded_wait(), threaded_wait())
    print(f"to_thread x2: {time.perf_counter() - start:.1f}s")


asyncio.run(main())
