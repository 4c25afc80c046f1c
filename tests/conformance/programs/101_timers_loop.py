# Rule: timers loop (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for i in range(6):
        loop.call_later(0.05, print, "timer", i)
    for i in range(3):
        loop.call_soon(print, "soon", i)
    print("scheduled")
    await asyncio.sleep(0.1)
    print("done")
asyncio.run(main())
