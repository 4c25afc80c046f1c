# Rule: a cancel() that arrives after the awaited future finished still raises CancelledError at the next step; the value is lost.
import asyncio


async def consumer(fut):
    try:
        value = await fut
        print("consumer got", value)
    except asyncio.CancelledError:
        print("consumer: cancelled although the future had a result")
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(consumer(fut))
    await asyncio.sleep(0)
    fut.set_result("treasure")
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled():", t.cancelled(), "future result():", fut.result())


asyncio.run(main())
