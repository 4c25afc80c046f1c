# Rule: asyncio.Queue hands items over in FIFO order; get() on an empty queue suspends until a put.
import asyncio


async def producer(q):
    for item in ["a", "b", "c"]:
        await q.put(item)
        print("put", item, "size", q.qsize())
        await asyncio.sleep(0.01)
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            print("consumer stops")
            break
        print("got", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    print("empty:", q.empty(), "full:", q.full())
    await asyncio.gather(consumer(q), producer(q))
    print("empty at the end:", q.empty())


asyncio.run(main())
