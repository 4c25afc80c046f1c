import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def job(start):
    began = time.perf_counter() - start
    time.sleep(0.18)
    return f"{began:.1f}s"


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        began = await asyncio.gather(
            *[loop.run_in_executor(pool, job, start) for _ in range(5)]
        )
    for i, t in enumerate(began):
        print(f"job {i} started at {t}")
    print(f"all 5 done after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
