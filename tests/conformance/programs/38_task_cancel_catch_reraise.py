# Rule: a task may catch CancelledError to clean up, then re-raise it so the task ends cancelled.
import asyncio


async def worker():
    try:
        while True:
            await asyncio.sleep(0)
            print("worker: tick")
    except asyncio.CancelledError:
        print("worker: cleaning up")
        await asyncio.sleep(0.01)
        print("worker: cleanup finished, re-raising")
        raise


async def main():
    t = asyncio.create_task(worker())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    print("main: cancel requested")
    try:
        await t
    except asyncio.CancelledError:
        print("main: worker is cancelled:", t.cancelled())


asyncio.run(main())
