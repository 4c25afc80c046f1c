import asyncio
import time

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


async def ticker():
    for i in range(5):
        print(now(), "tick", i)
        await asyncio.sleep(0.1)


async def blocker():
    await asyncio.sleep(0.16)
    print(now(), "blocker: time.sleep(0.3)")
    time.sleep(0.3)
    print(now(), "blocker: back")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
