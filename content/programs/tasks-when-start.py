import asyncio
import time


async def child():
    print("child: first line")


async def main():
    task = asyncio.create_task(child())
    print("main: task created, done?", task.done())
    time.sleep(0.1)
    print("main: after time.sleep, done?", task.done())
    await asyncio.sleep(0)
    print("main: after await asyncio.sleep(0), done?", task.done())


asyncio.run(main())
