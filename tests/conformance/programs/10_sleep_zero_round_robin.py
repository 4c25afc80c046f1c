# Rule: sleep(0) yields for exactly one loop iteration, so ready tasks take turns in FIFO order.
import asyncio


async def counter(tag, n):
    for i in range(n):
        print(tag, i)
        await asyncio.sleep(0)
    print(tag, "finished")


async def main():
    t1 = asyncio.create_task(counter("x", 3))
    t2 = asyncio.create_task(counter("y", 2))
    t3 = asyncio.create_task(counter("z", 1))
    await t1
    print("main saw x finish")
    await t2
    await t3
    print("main done")


asyncio.run(main())
