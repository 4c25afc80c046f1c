# Rule: semaphore (a learner-style program written to probe the simulator's edges)
import asyncio
import time
async def fetch(sem, i):
    async with sem:
        print("start", i, f"{time.perf_counter() - T:.1f}")
        await asyncio.sleep(0.16)
    return i
async def main():
    global T
    T = time.perf_counter()
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    r = await asyncio.gather(*(fetch(sem, i) for i in range(5)))
    print(r, sem.locked())
asyncio.run(main())
