# Rule: BoundedSemaphore limits concurrency like Semaphore, hands a released slot to the oldest waiter, and raises ValueError when released more often than acquired.
import asyncio


async def job(name, sem):
    async with sem:
        print(name, "in; locked:", sem.locked())
        await asyncio.sleep(0.01)
    print(name, "out")


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(*(job(f"j{i}", sem) for i in range(4)))
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    await sem.acquire()
    sem.release()
    print("balanced release is fine; locked:", sem.locked())


asyncio.run(main())
