# Rule: semaphore release extra (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    sem = asyncio.Semaphore(1)
    sem.release()
    print(sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
asyncio.run(main())
