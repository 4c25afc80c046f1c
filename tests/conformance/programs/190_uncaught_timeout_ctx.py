# Rule: uncaught timeout ctx (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)
asyncio.run(main())
