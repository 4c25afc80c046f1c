# Rule: cancelling the task that awaits gather cancels every unfinished child, in argument order.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("c1", 1), child("c2", 0.01), child("c3", 2))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.2)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("parent cancelled():", t.cancelled())


asyncio.run(main())
