# Rule: uncaught from gather (a learner-style program written to probe the simulator's edges)
import asyncio
async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise KeyError(f"k{n}")
async def main():
    await asyncio.gather(bad(2), bad(1))
asyncio.run(main())
