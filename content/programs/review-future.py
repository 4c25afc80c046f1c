import asyncio


def on_done(fut):
    print("callback sees", fut.result())


async def waiter(fut):
    print("waiter: waiting")
    value = await fut
    print("waiter got", value)


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(on_done)
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result(42)
    print("main: set_result returned")
    await task


asyncio.run(main())
