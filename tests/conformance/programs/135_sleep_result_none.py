# Rule: sleep result none (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    r = await asyncio.sleep(0)
    print(r)
    print(await asyncio.sleep(0.01, result=[1, 2]))
    x = asyncio.sleep(0)
    print(type(x).__name__)
    await x
asyncio.run(main())
