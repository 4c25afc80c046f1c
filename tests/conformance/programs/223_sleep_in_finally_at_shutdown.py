# Rule: sleep in finally at shutdown (a learner-style program written to probe the simulator's edges)
import asyncio
async def worker(n):
    try:
        while True:
            await asyncio.sleep(0.05)
            print("worker", n, "tick")
    finally:
        print("worker", n, "finally")
async def main():
    asyncio.create_task(worker(1))
    await asyncio.sleep(0.12)
    print("main done")
asyncio.run(main())
