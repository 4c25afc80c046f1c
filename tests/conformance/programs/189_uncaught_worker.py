# Rule: uncaught worker (a learner-style program written to probe the simulator's edges)
import asyncio
def work():
    return [1, 2, 3][10]
async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, work)
asyncio.run(main())
