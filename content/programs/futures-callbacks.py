import asyncio


def on_done(fut):
    print("callback: result is", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print("main: calling set_result")
    fut.set_result("ok")
    print("main: set_result returned")
    await asyncio.sleep(0)
    print("main: after sleep(0)")
    fut.add_done_callback(lambda f: print("late callback"))
    print("main: added a callback to a done future")
    await asyncio.sleep(0)
    print("main: end")


asyncio.run(main())
