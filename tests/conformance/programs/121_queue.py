# Rule: queue (a learner-style program written to probe the simulator's edges)
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize(), "full", q.full())
    await q.put(None)
async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "got sentinel")
            break
        print(name, "got", item)
        await asyncio.sleep(0.01)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4), consumer(q, "c1"))
    await q.join()
    print("empty", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
asyncio.run(main())
