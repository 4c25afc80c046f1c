import asyncio
import time


def job(start):
    began = time.perf_counter() - start
    time.sleep(0.18)
    return f"{began:.1f}s"


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    began = await asyncio.gather(
        *[loop.run_in_executor(None, job, start) for _ in range(8)]
    )
    for i, t in enumerate(began):
        print(f"job {i} started at {t}")
    print(f"all 8 done after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
