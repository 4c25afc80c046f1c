# Rule: Task.cancel() delivers CancelledError at the task's current await, in a later iteration.
import asyncio


async def long_job():
    try:
        print("job: sleeping")
        await asyncio.sleep(5)
        print("job: never printed")
    finally:
        print("job: finally runs")


async def main():
    t = asyncio.create_task(long_job())
    await asyncio.sleep(0.02)
    print("cancel() returns", t.cancel())
    print("right after cancel: cancelled() =", t.cancelled(), "done() =", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main: awaiting it raised CancelledError")
    print("now: cancelled() =", t.cancelled(), "done() =", t.done())
    print("cancel() on a finished task returns", t.cancel())


asyncio.run(main())
