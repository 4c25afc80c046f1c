# Rule: lock cancel waiter (a learner-style program written to probe the simulator's edges)
import asyncio
async def holder(lock):
    async with lock:
        await asyncio.sleep(0.03)
        print("holder done")
async def waiter(lock, n):
    try:
        async with lock:
            print("waiter", n, "got lock")
    except asyncio.CancelledError:
        print("waiter", n, "cancelled")
        raise
async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    ws = [asyncio.create_task(waiter(lock, i)) for i in range(3)]
    await asyncio.sleep(0.01)
    ws[0].cancel()
    await asyncio.gather(h, *ws, return_exceptions=True)
asyncio.run(main())
