import asyncio
import time


async def download(page, delay):
    await asyncio.sleep(delay)
    print(f"page {page} arrived")
    return f"page {page}"


async def main():
    delays = [0.4, 0.1, 0.3, 0.2]
    start = time.perf_counter()
    pages = await asyncio.gather(*[download(i, d) for i, d in enumerate(delays)])
    print(pages)
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
