# Rule: taskgroup turns (a learner-style program written to probe the simulator's edges)
import asyncio
async def counter():
    for i in range(8):
        print("turn", i)
        await asyncio.sleep(0)
async def quick(n):
    print("quick", n)
    return n
async def main():
    c = asyncio.create_task(counter())
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(quick(1))
        print("in body")
    print("tg done", t.result())
    done, _ = await asyncio.wait([asyncio.create_task(quick(2))])
    print("wait done", len(done))
    for f in asyncio.as_completed([quick(3)]):
        print("as_completed", await f)
    await c
asyncio.run(main())
