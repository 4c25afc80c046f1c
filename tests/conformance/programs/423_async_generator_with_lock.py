# Rule: an async generator may hold an asyncio.Lock across its yields; another task waiting for the lock runs only after the generator releases it, turn by turn.
import asyncio


async def guarded(lock, n):
    async with lock:
        for i in range(n):
            print("guarded yields", i)
            yield i
            await asyncio.sleep(0)
    print("guarded released the lock")


async def waiter(lock):
    print("waiter wants the lock")
    async with lock:
        print("waiter got the lock")


async def main():
    lock = asyncio.Lock()
    results = []
    task = None
    async for v in guarded(lock, 3):
        results.append(v)
        if task is None:
            task = asyncio.create_task(waiter(lock))
    await task
    print(results)


asyncio.run(main())
