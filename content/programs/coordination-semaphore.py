import asyncio
import time


async def download(name, limit, start):
    async with limit:
        print(f"{time.perf_counter() - start:.1f}s {name} starts")
        await asyncio.sleep(1)
        print(f"{time.perf_counter() - start:.1f}s {name} done")


async def main():
    limit = asyncio.Semaphore(2)
    start = time.perf_counter()
    await asyncio.gather(*(download(f"file{i}", limit, start) for i in range(1, 6)))
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
