import asyncio
import time


async def say_after(delay, what):
    print(f"{what}: start")
    await asyncio.sleep(delay)
    print(f"{what}: done")
    return what.upper()


async def main():
    start = time.perf_counter()
    a = await say_after(1, "hello")
    b = await say_after(2, "world")
    print(a, b)
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
