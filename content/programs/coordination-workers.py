import asyncio
import time


async def worker(name, queue, start):
    while True:
        job, seconds = await queue.get()
        print(f"{time.perf_counter() - start:.1f}s {name} starts {job}")
        await asyncio.sleep(seconds)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job, seconds in [("a", 2.5), ("b", 1), ("c", 1), ("d", 1), ("e", 1)]:
        queue.put_nowait((job, seconds))
    start = time.perf_counter()
    workers = [asyncio.create_task(worker(f"W{i}", queue, start)) for i in (1, 2)]
    await queue.join()
    print(f"{time.perf_counter() - start:.1f}s all jobs done")
    for w in workers:
        w.cancel()


asyncio.run(main())
