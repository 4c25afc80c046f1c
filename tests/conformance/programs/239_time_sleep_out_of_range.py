# time.sleep refuses a length past what a 64-bit count of nanoseconds holds, as the loop's
# other task is still waiting on its timer.
import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def hog():
    await asyncio.sleep(0.15)
    for length in (10**100, float("inf"), -1, float("nan")):
        try:
            time.sleep(length)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
    time.sleep(1e308)


async def main():
    await asyncio.gather(ticker(), hog())


asyncio.run(main())
