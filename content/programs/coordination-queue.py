import asyncio
import time


async def producer(queue, start):
    for i in range(4):
        await queue.put(i)
        print(f"{time.perf_counter() - start:.1f}s put {i} (size {queue.qsize()})")


async def consumer(queue, start):
    for _ in range(4):
        item = await queue.get()
        print(f"{time.perf_counter() - start:.1f}s   got {item}")
        await asyncio.sleep(1)


async def main():
    queue = asyncio.Queue(maxsize=2)
    start = time.perf_counter()
    await asyncio.gather(producer(queue, start), consumer(queue, start))


asyncio.run(main())
