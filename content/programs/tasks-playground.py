import asyncio
import time


async def say_after(delay, what):
    print(f"{what}: start")
    await asyncio.sleep(delay)
    print(f"{what}: done at {time.perf_counter() - start:.1f}s")
    return what.upper()


async def main():
    global start
    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.2, "world"))
    print("main: tasks created")
    print("main: got", await task1, "and", await task2)
    print(f"main: took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
