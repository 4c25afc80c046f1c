# Rule: call at ties (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t = loop.time() + 0.02
    for i in range(12):
        loop.call_at(t, print, "at", i)
    loop.call_at(t - 0.01, print, "earlier")
    await asyncio.sleep(0.05)
asyncio.run(main())
