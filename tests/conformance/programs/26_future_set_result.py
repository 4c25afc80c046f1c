# Rule: a Future from loop.create_future starts pending; set_result makes it done and await returns the value.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    fut.set_result([1, 2, 3])
    print("done:", fut.done(), "result:", fut.result())
    print("exception():", fut.exception())
    value = await fut
    print("await gives", value)
    try:
        fut.set_result("again")
    except Exception as e:
        print("second set_result raises", type(e).__name__)


asyncio.run(main())
