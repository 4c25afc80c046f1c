# Rule: exception in gather others continue (a learner-style program written to probe the simulator's edges)
import asyncio
async def ok(n):
    await asyncio.sleep(0.02 * n)
    print("ok", n, "finished")
    return n
async def bad():
    await asyncio.sleep(0.01)
    raise RuntimeError("bad")
async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(2))
    except RuntimeError as e:
        print("caught", e)
    await asyncio.sleep(0.1)
    print("end")
asyncio.run(main())
