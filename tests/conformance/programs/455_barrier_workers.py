# Rule: Barrier(n).wait() holds each task until n have arrived, then releases them together with distinct indexes; a barrier is reusable, and abort() breaks it for every waiter.
import asyncio


async def worker(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives; waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    async with barrier as second:
        print(name, "second round index", second)


async def doomed(name, barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", repr(e))


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(*(worker(f"w{i}", barrier, 0.01 * (3 - i)) for i in range(3)))
    print("after:", barrier.n_waiting, barrier.broken)

    b2 = asyncio.Barrier(3)
    tasks = [asyncio.create_task(doomed(f"d{i}", b2)) for i in range(2)]
    await asyncio.sleep(0.01)
    print("waiting before abort:", b2.n_waiting)
    await b2.abort()
    await asyncio.gather(*tasks)
    print("broken:", b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("late:", repr(e))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
