# Rule: async with asyncio.timeout(d) cancels the body at the deadline and turns the cancellation into TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            print("body starts")
            await asyncio.sleep(1)
            print("never printed")
    except TimeoutError as e:
        print("timed out:", repr(e))
    async with asyncio.timeout(1):
        await asyncio.sleep(0.01)
        print("finished within the timeout")
    print("cancelling() back to", asyncio.current_task().cancelling())


asyncio.run(main())
