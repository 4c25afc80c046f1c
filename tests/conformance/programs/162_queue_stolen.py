# Rule: queue stolen (a learner-style program written to probe the simulator's edges)
import asyncio
async def getter(q, n):
    item = await q.get()
    print("getter", n, "got", item)
async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, i)) for i in range(2)]
    await asyncio.sleep(0)
    q.put_nowait("a")
    print("put a, size", q.qsize())
    item = q.get_nowait()
    print("main stole", item)
    q.put_nowait("b")
    q.put_nowait("c")
    await asyncio.gather(*ts)
asyncio.run(main())
