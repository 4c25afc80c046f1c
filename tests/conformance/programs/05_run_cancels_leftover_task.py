# Rule: when main returns, asyncio.run cancels the task still pending and lets its finally run.
import asyncio


async def background():
    try:
        print("background: going to sleep for a long time")
        await asyncio.sleep(10)
        print("background: never printed")
    except asyncio.CancelledError:
        print("background: got CancelledError")
        raise
    finally:
        print("background: finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())
print("asyncio.run is back")
