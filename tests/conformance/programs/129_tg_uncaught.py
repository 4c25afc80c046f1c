# Rule: tg uncaught (a learner-style program written to probe the simulator's edges)
import asyncio
async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"fail {n}")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(2))
asyncio.run(main())
