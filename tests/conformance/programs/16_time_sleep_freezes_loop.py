# Rule: time.sleep inside a coroutine blocks the loop thread: no other task runs meanwhile.
import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f}"


async def ticker():
    await asyncio.sleep(0.06)
    for i in range(4):
        print(stamp(), "tick", i)
        await asyncio.sleep(0.1)


async def hog():
    await asyncio.sleep(0.1)
    print("hog blocks the loop for 0.26s")
    time.sleep(0.26)
    print(stamp(), "hog releases")


async def main():
    global start
    start = time.perf_counter()
    await asyncio.gather(ticker(), hog())


asyncio.run(main())
