# Rule: uncancel timeout (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out; cancelling =", task.cancelling())
    await asyncio.sleep(0.01)
    print("still running")
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out; cancelling =", task.cancelling())
asyncio.run(main())
