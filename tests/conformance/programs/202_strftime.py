# Rule: strftime (a learner-style program written to probe the simulator's edges)
import asyncio
import time
async def main():
    t0 = time.monotonic()
    s = time.strftime("%X")
    print(len(s), s.count(":"))
    await asyncio.sleep(0.16)
    print(f"{time.monotonic() - t0:.1f}")
asyncio.run(main())
