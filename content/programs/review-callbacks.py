import asyncio


async def task_body():
    print("task runs")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon 1")
    task = asyncio.create_task(task_body())
    loop.call_soon(print, "call_soon 2")
    print("main: about to sleep(0)")
    await asyncio.sleep(0)
    print("main: resumed")
    await asyncio.sleep(0.1)


asyncio.run(main())
