# Rule: gather cancel child (a learner-style program written to probe the simulator's edges)
import asyncio
async def job(n):
    await asyncio.sleep(0.05)
    return n
async def main():
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.01)
    t1.cancel()
    print(await g)
    t3 = asyncio.create_task(job(3))
    g2 = asyncio.gather(t3)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("g2 cancelled", g2.cancelled())
asyncio.run(main())
