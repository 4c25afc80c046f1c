import asyncio
import time


async def step(i):
    await asyncio.sleep(0.2)
    print(f"step {i} done at {time.perf_counter() - start:.1f}s")


async def main():
    global start
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.5):
            for i in range(5):
                await step(i)
    except TimeoutError:
        print(f"timed out at {time.perf_counter() - start:.1f}s")
    print("main: carries on")


asyncio.run(main())
