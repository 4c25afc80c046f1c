# Rule: sleep ordering float (a learner-style program written to probe the simulator's edges)
import asyncio
async def s(name, d):
    await asyncio.sleep(d)
    print(name)
async def main():
    await asyncio.gather(s("0.1+0.2", 0.1 + 0.2), s("0.3", 0.3), s("0.05", 0.05), s("0", 0), s("neg", -1))
asyncio.run(main())
