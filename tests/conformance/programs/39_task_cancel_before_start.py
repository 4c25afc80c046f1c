# Rule: a task cancelled before its first step never runs any of its body.
import asyncio


async def never_starts():
    print("this line never runs")
    return 1


async def main():
    t = asyncio.create_task(never_starts())
    t.cancel()
    print("cancelled before it started; done() =", t.done())
    await asyncio.sleep(0)
    print("after one iteration: done() =", t.done(), "cancelled() =", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")


asyncio.run(main())
