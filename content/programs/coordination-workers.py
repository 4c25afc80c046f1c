import asyncio


async def worker(name, queue):
    while True:
        job, seconds = await queue.get()
        await asyncio.sleep(seconds)
        print(name, "finished", job)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job, seconds in [("a", 2.5), ("b", 1), ("c", 1), ("d", 1), ("e", 1)]:
        queue.put_nowait((job, seconds))
    workers = [asyncio.create_task(worker(f"W{i}", queue)) for i in (1, 2)]
    await queue.join()
    print("all jobs done")
    for w in workers:
        w.cancel()


asyncio.run(main())
