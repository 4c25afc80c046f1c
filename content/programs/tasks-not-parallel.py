import asyncio
import time


async def job(name):
    print(f"{name}: computing...")
    time.sleep(0.2)
    print(f"{name}: done at {time.perf_counter() - start:.1f}s")


async def main():
    global start
    start = time.perf_counter()
    a = asyncio.create_task(job("A"))
    b = asyncio.create_task(job("B"))
    await a
    await b
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
