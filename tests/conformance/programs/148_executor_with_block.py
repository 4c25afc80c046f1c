# Rule: executor with block (a learner-style program written to probe the simulator's edges)
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
def work(i):
    time.sleep(0.16)
    return i
async def ticker():
    for i in range(4):
        print("tick", i, f"{time.perf_counter() - T:.1f}")
        await asyncio.sleep(0.1)
async def main():
    global T
    T = time.perf_counter()
    loop = asyncio.get_running_loop()
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    with ThreadPoolExecutor(max_workers=1) as pool:
        f1 = loop.run_in_executor(pool, work, 1)
        f2 = loop.run_in_executor(pool, work, 2)
    print("pool closed", f"{time.perf_counter() - T:.1f}")
    print(await f1, await f2)
    await tk
asyncio.run(main())
