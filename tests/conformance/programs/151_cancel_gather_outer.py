# Rule: cancel gather outer (a learner-style program written to probe the simulator's edges)
import asyncio
async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0.01)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("outer cancelled", g.cancelled())
asyncio.run(main())
