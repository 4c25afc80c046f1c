# Rule: executor pool (a learner-style program written to probe the simulator's edges)
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
def work(i):
    time.sleep(0.16)
    return i * 10
async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, work, i) for i in range(5)]
        print(await asyncio.gather(*futs))
    print(f"{time.perf_counter() - start:.1f}")
asyncio.run(main())
