# Rule: itertools.count numbers tasks and cycle deals jobs round-robin to their queues; the loop runs them in creation order.
import asyncio
from itertools import count, cycle, islice

ids = count(1)


async def worker(name, queue):
    handled = []
    while not queue.empty():
        job = await queue.get()
        handled.append(job)
        await asyncio.sleep(0)
    print(name, handled)
    return len(handled)


async def main():
    queues = [asyncio.Queue() for _ in range(3)]
    for job, queue in zip(range(8), cycle(queues)):
        queue.put_nowait(f"job-{job}")
    names = [f"worker-{next(ids)}" for _ in queues]
    counts = await asyncio.gather(*(worker(n, q) for n, q in zip(names, queues)))
    print(counts, list(islice(ids, 2)))


asyncio.run(main())
