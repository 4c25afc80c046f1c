# Rule: gather dup (a learner-style program written to probe the simulator's edges)
import asyncio
async def job():
    print("job runs")
    await asyncio.sleep(0.01)
    return 1
async def main():
    t = asyncio.create_task(job())
    print(await asyncio.gather(t, t, t))
    c = job()
    print(await asyncio.gather(c, c))
asyncio.run(main())
