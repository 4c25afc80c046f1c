# Rule: lock (a learner-style program written to probe the simulator's edges)
import asyncio
async def user(lock, name):
    print(name, "waiting", lock.locked())
    async with lock:
        print(name, "has lock")
        await asyncio.sleep(0.01)
    print(name, "released")
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(lock, n) for n in "abc"))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
asyncio.run(main())
