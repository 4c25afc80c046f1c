# Rule: gather wakeup turns (a learner-style program written to probe the simulator's edges)
import asyncio
async def counter():
    for i in range(8):
        print("turn", i)
        await asyncio.sleep(0)
async def quick(n):
    return n
async def main():
    c = asyncio.create_task(counter())
    r = await asyncio.gather(quick(1), quick(2))
    print("gather done", r)
    r = await asyncio.wait_for(quick(3), 1)
    print("wait_for done", r)
    async with asyncio.timeout(1):
        r = await quick(4)
    print("timeout done", r)
    await c
asyncio.run(main())
