import asyncio
import time


async def producer(queue, start):
    for i in range(6):
        await queue.put(i)
        print(f"{time.perf_counter() - start:.1f}s put {i}")
        await asyncio.sleep(0.3)


async def consumer(name, queue, start):
    while True:
        item = await queue.get()
        print(f"{time.perf_counter() - start:.1f}s   {name} got {item}")
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    start = time.perf_counter()
    consumers = [asyncio.create_task(consumer(f"C{i}", queue, start)) for i in (1, 2)]
    await producer(queue, start)
    await queue.join()
    print(f"{time.perf_counter() - start:.1f}s all done")
    for c in consumers:
        c.cancel()


asyncio.run(main())
