# Rule: an async generator that drains an asyncio.Queue suspends in `await queue.get()` between items, so a producer task fills the queue turn by turn while async for consumes it; a sentinel ends the generator.
import asyncio


async def producer(queue):
    for i in range(4):
        await queue.put(i)
        print("produced", i)
        await asyncio.sleep(0)
    await queue.put(None)


async def drain(queue):
    while True:
        item = await queue.get()
        if item is None:
            print("drain: sentinel")
            return
        yield item


async def main():
    queue = asyncio.Queue(maxsize=2)
    task = asyncio.create_task(producer(queue))
    total = 0
    async for item in drain(queue):
        print("consumed", item)
        total += item
    await task
    print("total", total)


asyncio.run(main())
