# Rule: time.sleep in worker threads runs in parallel: three 0.16 s jobs take about 0.2 s in total, not 0.5 s.
import asyncio
import time


def job(n):
    time.sleep(0.16)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    results = await asyncio.gather(
        loop.run_in_executor(None, job, 1),
        loop.run_in_executor(None, job, 2),
        loop.run_in_executor(None, job, 3),
    )
    print(results)
    print(f"elapsed {time.perf_counter() - start:.1f}s")


asyncio.run(main())
