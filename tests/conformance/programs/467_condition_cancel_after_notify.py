# Rule: a Condition waiter cancelled after notify() woke it: 3.11 and 3.12 lose that notification, 3.13 passes it on to the next waiter.
import asyncio


async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError:
            print(name, "cancelled while waking")
            raise


async def main():
    cond = asyncio.Condition()
    first = asyncio.create_task(waiter("first", cond))
    second = asyncio.create_task(waiter("second", cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        first.cancel()
    await asyncio.sleep(0.01)
    print("second done?", second.done())
    if not second.done():
        async with cond:
            cond.notify()
        await second
    print(first.cancelled(), repr(cond).split("[")[1])


asyncio.run(main())
