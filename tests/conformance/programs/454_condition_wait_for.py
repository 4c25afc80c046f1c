# Rule: Condition.wait_for re-checks its predicate after every wake-up and returns the predicate's value; a cancelled waiter still takes the lock back before the CancelledError leaves wait().
import asyncio


class Stock:
    def __init__(self):
        self.count = 0
        self.cond = asyncio.Condition()

    async def take(self, name, n):
        async with self.cond:
            got = await self.cond.wait_for(lambda: self.count >= n and self.count)
            self.count -= n
            print(f"{name} took {n} (saw {got}), left {self.count}")

    async def add(self, n):
        async with self.cond:
            self.count += n
            print("added", n, "now", self.count)
            self.cond.notify_all()


async def stuck(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled waiter holds the lock again:", cond.locked())
            raise


async def main():
    stock = Stock()
    takers = [asyncio.create_task(stock.take(name, n)) for name, n in [("big", 5), ("small", 2)]]
    for n in (1, 2, 3, 1):
        await asyncio.sleep(0.01)
        await stock.add(n)
    await asyncio.gather(*takers)

    cond = asyncio.Condition()
    t = asyncio.create_task(stuck(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main still holds it:", cond.locked(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), "lock free:", not cond.locked())


asyncio.run(main())
