# Rule: gather return order (a learner-style program written to probe the simulator's edges)
import asyncio
async def job(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("end", name)
    return name
async def main():
    t = asyncio.create_task(job("pre", 0.03))
    res = await asyncio.gather(job("x", 0.02), job("y", 0.01), t, job("z", 0))
    print(res)
asyncio.run(main())
