import asyncio


def on_done(fut):
    print("callback: the future finished with", fut.result())


async def waiter(name, fut):
    print(f"{name}: waiting")
    value = await fut
    print(f"{name}: got {value}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    w1 = asyncio.create_task(waiter("W1", fut))
    w2 = asyncio.create_task(waiter("W2", fut))
    loop.call_later(0.1, fut.set_result, 42)
    await w1
    await w2
    print("main: done")


asyncio.run(main())
