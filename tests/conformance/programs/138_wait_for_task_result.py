# Rule: wait for task result (a learner-style program written to probe the simulator's edges)
import asyncio
async def quick():
    await asyncio.sleep(0.01)
    return "quick"
async def main():
    t = asyncio.create_task(quick())
    print(await asyncio.wait_for(t, 0.5), t.done())
    t2 = asyncio.create_task(asyncio.sleep(1))
    try:
        await asyncio.wait_for(t2, 0.01)
    except TimeoutError:
        print("timed out, task cancelled:", t2.cancelled())
asyncio.run(main())
