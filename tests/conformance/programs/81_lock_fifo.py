# Rule: async with Lock lets one task in at a time; waiters get the lock in FIFO order.
import asyncio


async def use(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.01)
        print(name, "releases")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use("A", lock), use("B", lock), use("C", lock))
    print("locked at the end:", lock.locked())


asyncio.run(main())
