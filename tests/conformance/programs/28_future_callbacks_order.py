# Rule: done callbacks run in registration order, each through call_soon, never inside set_result itself.
import asyncio


def make_callback(tag):
    def callback(fut):
        print("callback", tag, "sees", fut.result())
    return callback


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(make_callback("first"))
    fut.add_done_callback(make_callback("second"))
    fut.add_done_callback(lambda f: print("lambda callback, done =", f.done()))
    loop.call_soon(print, "call_soon made before set_result")
    fut.set_result("ready")
    print("set_result returned; no callback has run yet")
    await asyncio.sleep(0)
    print("main after one iteration")


asyncio.run(main())
