# Rule: loop time relative (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.16)
    print(f"{loop.time() - t0:.1f}")
    h = loop.call_later(0.1, print, "x")
    print(f"{h.when() - loop.time():.1f}")
    h.cancel()
asyncio.run(main())
