# Rule: timeout ctx nested (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired())
    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.01)
    print("no timeout", cm2.expired())
asyncio.run(main())
