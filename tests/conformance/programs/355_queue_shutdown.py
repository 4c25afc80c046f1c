# Rule: Queue.shutdown (3.13+): puts fail at once, gets drain what is left and then fail; immediate drops the items and releases join().
# conformance: python>=3.13
import asyncio


async def consumer(name, q):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            q.task_done()
            await asyncio.sleep(0)
    except asyncio.QueueShutDown:
        print(name, "sees the shutdown")


async def producer(q):
    try:
        await q.put("late")
    except asyncio.QueueShutDown:
        print("blocked producer sees the shutdown")


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    for i in range(3):
        q.put_nowait(i)
    await asyncio.sleep(0)
    q.shutdown()
    print("after shutdown:", q)
    try:
        q.put_nowait(99)
    except asyncio.QueueShutDown:
        print("put_nowait refused")
    await asyncio.gather(*workers)

    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    blocked = asyncio.create_task(producer(full))
    waiter = asyncio.create_task(full.join())
    await asyncio.sleep(0)
    full.shutdown(immediate=True)
    await blocked
    await waiter
    print("join released, left:", full.qsize(), full.empty())
    try:
        full.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait refused")


asyncio.run(main())
