# Rule: uncaught cancelled (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    await t
asyncio.run(main())
