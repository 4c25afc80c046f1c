# Rule: Condition.wait releases the lock and waits in FIFO order; notify(n) wakes the n oldest waiters, each of which takes the lock back one at a time before wait() returns.
import asyncio

items = []


async def consumer(name, cond):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woke with", items.pop(0), "locked:", cond.locked())


async def main():
    cond = asyncio.Condition()
    print(cond.locked())
    tasks = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["a", "b"])
        cond.notify(2)
        print("notified two, still holding the lock")
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["c", "d"])
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
