# Rule: a task's repr shows the line its coroutine waits at and the future it waits for, whether that is a lock, an event, a queue, another task or a gather; a decorated coroutine is defined at its first decorator's line.
import asyncio


async def hold(lock, event):
    async with lock:
        await event.wait()


async def wait_lock(lock):
    async with lock:
        pass


async def wait_queue(q):
    return await q.get()


async def wait_task(t):
    return await t


async def wait_gather(a, b):
    return await asyncio.gather(a, b)


def traced(f):
    return f


@traced
async def decorated():
    await asyncio.sleep(0)


async def main():
    lock, event, q = asyncio.Lock(), asyncio.Event(), asyncio.Queue()
    holder = asyncio.create_task(hold(lock, event), name="holder")
    locker = asyncio.create_task(wait_lock(lock), name="locker")
    getter = asyncio.create_task(wait_queue(q), name="getter")
    watcher = asyncio.create_task(wait_task(getter), name="watcher")
    await asyncio.sleep(0)
    for t in (holder, locker, getter, watcher):
        print(t)
    gathered = asyncio.create_task(wait_gather(asyncio.sleep(0.01), asyncio.sleep(0.02)), name="gathered")
    await asyncio.sleep(0)
    print(gathered)
    event.set()
    q.put_nowait("item")
    await asyncio.gather(holder, locker, watcher, gathered)
    for t in (holder, locker, getter, watcher, gathered):
        print(t)
    d = asyncio.create_task(decorated())
    d.add_done_callback(traced)
    print(d)
    await d
    print(d)


asyncio.run(main())
