# Rule: callback exc (a learner-style program written to probe the simulator's edges)
import asyncio
def bad():
    print("bad runs")
    raise RuntimeError("in callback")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(print, "next callback")
    await asyncio.sleep(0.01)
    print("loop continued")
asyncio.run(main())
