import asyncio
import time


async def coroutine_1():
    print("coroutine 1 start")
    print("coroutine 1 pause")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, 1)
    print("coroutine 1 resume")


async def coroutine_2():
    print("coroutine 2 start")
    print("coroutine 2 pause")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, 1)
    print("coroutine 2 resume")


async def main():
    start = time.perf_counter()
    await asyncio.gather(coroutine_1(), coroutine_2())
    print(f"took {time.perf_counter() - start:.0f}s")


asyncio.run(main())
