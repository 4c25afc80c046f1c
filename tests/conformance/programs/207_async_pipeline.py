# Rule: async pipeline (a learner-style program written to probe the simulator's edges)
import asyncio
async def stage(name, inq, outq):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            break
        await asyncio.sleep(0.01)
        await outq.put(f"{item}>{name}")
async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    workers = [asyncio.create_task(stage("A", q1, q2)), asyncio.create_task(stage("B", q2, q3))]
    for i in range(3):
        await q1.put(str(i))
    await q1.put(None)
    out = []
    while True:
        item = await q3.get()
        if item is None:
            break
        out.append(item)
    print(out)
    await asyncio.gather(*workers)
asyncio.run(main())
