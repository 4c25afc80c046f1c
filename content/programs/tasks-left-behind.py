import asyncio


async def background():
    print("background: started")
    try:
        await asyncio.sleep(1)
        print("background: finished")
    except asyncio.CancelledError:
        print("background: cancelled")
        raise


async def main():
    task = asyncio.create_task(background())
    await asyncio.sleep(0.1)
    print("main: returning, task done?", task.done())


asyncio.run(main())
print("asyncio.run has returned")
