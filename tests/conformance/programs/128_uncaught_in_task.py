# Rule: uncaught in task (a learner-style program written to probe the simulator's edges)
import asyncio
async def inner(x):
    await asyncio.sleep(0.01)
    return x["key"]
async def main():
    t = asyncio.create_task(inner({}))
    print("awaiting")
    await t
asyncio.run(main())
