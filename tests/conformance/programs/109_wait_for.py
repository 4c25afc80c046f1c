# Rule: wait for (a learner-style program written to probe the simulator's edges)
import asyncio
async def slow():
    try:
        await asyncio.sleep(0.3)
        return "slow done"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(e), isinstance(e, TimeoutError))
    print(await asyncio.wait_for(asyncio.sleep(0.01, "fast"), 1))
    print(await asyncio.wait_for(asyncio.sleep(0, "none"), None))
    try:
        async with asyncio.timeout(0.05):
            await slow()
    except TimeoutError:
        print("timeout ctx")
asyncio.run(main())
