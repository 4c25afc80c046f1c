# Rule: with one worker, executor jobs run strictly one after another in submission order.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

started = []


def step(name):
    started.append(name)
    time.sleep(0.12)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    pool = ThreadPoolExecutor(max_workers=1)
    jobs = [loop.run_in_executor(pool, step, name) for name in ["wash", "dry", "fold"]]
    for j in jobs:
        print("loop got", await j)
    print("start order:", started)
    elapsed = time.perf_counter() - start
    print("three 0.12s jobs on one worker took at least 0.36s:", elapsed >= 0.36)
    pool.shutdown()


asyncio.run(main())
