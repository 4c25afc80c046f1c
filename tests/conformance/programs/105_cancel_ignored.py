# Rule: cancel ignored (a learner-style program written to probe the simulator's edges)
import asyncio
async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            print("slept", i)
        except asyncio.CancelledError:
            print("ignoring cancel", i)
    return "survived"
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelling:", t.cancelling())
    r = await t
    print(r, t.cancelled(), t.cancelling())
asyncio.run(main())
