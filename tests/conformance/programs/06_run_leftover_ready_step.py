# Rule: a leftover task that is ready when main returns gets one more step before it is cancelled.
import asyncio


async def spinner():
    n = 0
    try:
        while True:
            print("spinner turn", n)
            n += 1
            await asyncio.sleep(0)
    finally:
        print("spinner stopped after", n, "turns")


async def main():
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("done")
