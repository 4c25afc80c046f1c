import asyncio
import time


async def say_after(delay, what):
    print(f"  {what}: start")
    await asyncio.sleep(delay)
    print(f"  {what}: done")
    return what.upper()


async def main():
    start = time.perf_counter()
    print("main: calling say_after(0.1, 'hello')")
    a = await say_after(0.1, "hello")
    print(f"main: got {a!r}, calling say_after(0.2, 'world')")
    b = await say_after(0.2, "world")
    print(f"main: got {b!r}")
    print(f"main: took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
