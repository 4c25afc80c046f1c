import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def download(n):
    time.sleep(0.28)
    return n * 10


async def ticker():
    for i in range(6):
        print(now(), "tick", i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    tick = asyncio.create_task(ticker())
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, download, n) for n in range(4)]
        results = await asyncio.gather(*jobs)
    print(now(), "results:", results)
    await tick


asyncio.run(main())
