# Rule: call at ties mixed (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t = loop.time() + 0.02
    order = [3, 1, 2, 1, 3, 2, 1]
    for i, k in enumerate(order):
        loop.call_at(t + k * 0.01, print, "k", k, "i", i)
    await asyncio.sleep(0.1)
asyncio.run(main())
