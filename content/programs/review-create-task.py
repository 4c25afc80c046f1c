import asyncio


async def child():
    print("child: runs")


async def main():
    task = asyncio.create_task(child())
    print("main: task created")
    await asyncio.sleep(0)
    print("main: after sleep(0)")
    print("main: task done?", task.done())


asyncio.run(main())
