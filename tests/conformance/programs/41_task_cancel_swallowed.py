# Rule: a task that catches CancelledError and returns normally is not cancelled(); its return value stands.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
        return "finished normally"
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancellation")
    return "returned after cancel"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    value = await t
    print("value:", value)
    print("cancelled():", t.cancelled(), "done():", t.done())


asyncio.run(main())
