# Rule: exception group uncaught (a learner-style program written to probe the simulator's edges)
import asyncio
async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())
asyncio.run(main())
