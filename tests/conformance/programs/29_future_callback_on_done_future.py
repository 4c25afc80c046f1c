# Rule: add_done_callback on a future that is already done schedules the callback with call_soon, behind earlier handles.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(5)
    loop.call_soon(print, "queued first")
    fut.add_done_callback(lambda f: print("late callback got", f.result()))
    loop.call_soon(print, "queued third")
    print("nothing ran yet")
    await asyncio.sleep(0)


asyncio.run(main())
