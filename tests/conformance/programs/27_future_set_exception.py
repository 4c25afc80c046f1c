# Rule: set_exception stores the exception; result() and await raise it, exception() returns it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(TimeoutError("took too long"))
    print("done:", fut.done())
    print("exception():", repr(fut.exception()))
    try:
        fut.result()
    except TimeoutError as e:
        print("result() raised:", e)
    try:
        await fut
    except TimeoutError as e:
        print("await raised:", repr(e))


asyncio.run(main())
