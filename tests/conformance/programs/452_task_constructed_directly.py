# Rule: asyncio.Task(coro) and asyncio.ensure_future(coro) schedule the coroutine like create_task; a task's repr shows pending, cancelling, cancelled and finished, where its coroutine stands and what it waits for.
import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    return n * 2


async def main():
    t = asyncio.Task(work(1))
    print(type(t), isinstance(t, asyncio.Future))
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(await t)
    print(t)

    e = asyncio.ensure_future(work(2))
    print(e.get_name(), asyncio.ensure_future(e) is e)
    e.add_done_callback(print)
    print(e)
    await asyncio.sleep(0)
    print(e.cancel())
    print(e)
    await asyncio.sleep(0)
    print(e.cancelled(), e)

    named = asyncio.Task(work(3), name="worker")
    print(named)
    named.cancel()
    print(named)
    try:
        await named
    except asyncio.CancelledError:
        print("never started:", named)

    bad = asyncio.Task(work(4))
    await asyncio.sleep(0)
    bad.cancel()
    bad.cancel()
    print(bad.cancelling(), bad)
    await asyncio.sleep(0)
    print(bad.cancelled())


asyncio.run(main())
