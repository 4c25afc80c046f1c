# Rule: a new task's first step queues behind every handle already in the ready queue.
import asyncio


async def child(name):
    print("task", name, "first step")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    asyncio.create_task(child("A"))
    loop.call_soon(print, "callback 2")
    asyncio.create_task(child("B"))
    print("main suspends")
    await asyncio.sleep(0)
    print("main resumes")


asyncio.run(main())
