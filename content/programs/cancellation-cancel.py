import asyncio


async def download():
    print("download: start")
    try:
        await asyncio.sleep(1)
        print("download: finished")
    except asyncio.CancelledError:
        print("download: cancelled while sleeping")
        raise
    finally:
        print("download: closing the connection")


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.1)
    print("main: cancel() returned", task.cancel())
    print("main: cancelled() right after:", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("main: awaiting the task raised CancelledError")
    print("main: cancelled() now:", task.cancelled())


asyncio.run(main())
