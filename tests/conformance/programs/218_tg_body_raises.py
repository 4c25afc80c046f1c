# Rule: tg body raises (a learner-style program written to probe the simulator's edges)
import asyncio
async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            await asyncio.sleep(0.01)
            raise KeyError("body")
    except BaseException as e:
        print(type(e).__name__, repr(e))
asyncio.run(main())
