# Rule: a ThreadPoolExecutor with max_workers=2 runs two jobs at a time; the others wait in FIFO order.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def task(name, seconds):
    time.sleep(seconds)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, task, f"job{i}", 0.12) for i in range(5)]
        names = await asyncio.gather(*futures)
    print(names)
    print(f"5 jobs of 0.12s on 2 workers (3 rounds) took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
