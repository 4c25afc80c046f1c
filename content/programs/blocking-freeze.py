import asyncio
import time


async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0.1)


async def blocker():
    await asyncio.sleep(0.16)
    print("blocker: calls time.sleep(0.3)")
    time.sleep(0.3)
    print("blocker: back")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
