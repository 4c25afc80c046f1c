# Rule: default pool size (a learner-style program written to probe the simulator's edges)
import asyncio
import time
def work(i):
    time.sleep(0.13)
    return i
async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    r = await asyncio.gather(*(loop.run_in_executor(None, work, i) for i in range(12)))
    print(r, f"{time.perf_counter() - start:.1f}")
asyncio.run(main())
