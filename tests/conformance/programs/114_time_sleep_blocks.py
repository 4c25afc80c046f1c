# Rule: time sleep blocks (a learner-style program written to probe the simulator's edges)
import asyncio
import time
async def ticker():
    for i in range(3):
        print("tick", i, f"{time.perf_counter() - start:.1f}")
        await asyncio.sleep(0.06)
async def blocker():
    await asyncio.sleep(0)
    print("blocking")
    time.sleep(0.26)
    print("unblocked")
async def main():
    global start
    start = time.perf_counter()
    await asyncio.gather(ticker(), blocker())
asyncio.run(main())
