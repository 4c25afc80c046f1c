# Rule: uncaught timeout (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    await asyncio.wait_for(asyncio.sleep(1), 0.01)
asyncio.run(main())
