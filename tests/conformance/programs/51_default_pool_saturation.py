# Rule: the default executor has min(32, cpu_count + 4) workers; more jobs than that queue for a free worker.
import asyncio
import time


def job(i, seconds):
    time.sleep(seconds)
    return i


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    first = await asyncio.gather(*[loop.run_in_executor(None, job, i, 0.16) for i in range(4)])
    print(first, f"four jobs at once took {time.perf_counter() - start:.1f}s")
    start = time.perf_counter()
    many = await asyncio.gather(*[loop.run_in_executor(None, job, i, 0.02) for i in range(40)])
    print(sum(many), len(many))
    print("40 jobs of 0.02s needed at least two rounds:", time.perf_counter() - start >= 0.04)


asyncio.run(main())
