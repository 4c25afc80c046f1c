# Rule: PriorityQueue hands out the smallest item first (heapq order, ties broken by the next tuple field), with Queue's FIFO getters, join() and task_done().
import asyncio


async def producer(q):
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await q.put((prio, job))
        print("queued", prio, job, "size", q.qsize())


async def worker(name, q):
    while True:
        prio, job = await q.get()
        print(f"{name} handles {job} (priority {prio})")
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    print(isinstance(q, asyncio.Queue), type(q).__name__)
    await producer(q)
    print(q.get_nowait(), q.qsize())
    q.task_done()
    q.put_nowait((0, "first"))
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all done, empty:", q.empty())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    bounded = asyncio.PriorityQueue(maxsize=2)
    bounded.put_nowait(9)
    bounded.put_nowait(4)
    try:
        bounded.put_nowait(1)
    except asyncio.QueueFull:
        print("full at", bounded.qsize(), bounded.full())
    print(bounded.get_nowait(), bounded.get_nowait())
    try:
        bounded.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")


asyncio.run(main())
