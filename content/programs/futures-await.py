import asyncio


async def waiter(fut):
    print("waiter: waiting for the future")
    value = await fut
    print("waiter: got", value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0.1)
    print("main: setting the result")
    fut.set_result("ready")
    print("main: result set; waiter done?", task.done())
    await task
    print("main: waiter done?", task.done())


asyncio.run(main())
