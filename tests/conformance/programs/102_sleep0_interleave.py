# Rule: sleep0 interleave (a learner-style program written to probe the simulator's edges)
import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")
    return name * 2
async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 1))
    print("created")
    r = await worker("m", 2)
    print("main got", r)
    print(await t1, await t2)
asyncio.run(main())
