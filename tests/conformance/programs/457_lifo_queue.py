# Rule: LifoQueue returns the most recently put item first; a woken getter still re-checks for an item, and a blocked put resumes once get() frees a slot.
import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)


async def putter(q, item):
    print("putting", item)
    await q.put(item)
    print("put", item)


async def main():
    q = asyncio.LifoQueue()
    for i in range(4):
        q.put_nowait(i)
    print([q.get_nowait() for _ in range(4)])

    waiting = [asyncio.create_task(getter(f"g{i}", q)) for i in range(2)]
    await asyncio.sleep(0)
    q.put_nowait("a")
    q.put_nowait("b")
    await asyncio.gather(*waiting)

    small = asyncio.LifoQueue(1)
    await small.put("x")
    p = asyncio.create_task(putter(small, "y"))
    await asyncio.sleep(0)
    print("full:", small.full(), "got", await small.get())
    await p
    print("then", await small.get())


asyncio.run(main())
