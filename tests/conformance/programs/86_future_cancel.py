# Rule: Future.cancel() marks a pending future cancelled, runs its callbacks later, and makes await raise CancelledError.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter: future was cancelled")
        return "gave up"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled() =", f.cancelled()))
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel() returns", fut.cancel())
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    print("second cancel() returns", fut.cancel())
    print(await t)
    done = loop.create_future()
    done.set_result(1)
    print("cancel() on a finished future returns", done.cancel())


asyncio.run(main())
