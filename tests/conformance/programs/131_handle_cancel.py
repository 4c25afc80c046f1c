# Rule: handle cancel (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(0.02, print, "h1 fired")
    h2 = loop.call_later(0.01, print, "h2 fired")
    h3 = loop.call_soon(print, "h3 fired")
    h2.cancel()
    h3.cancel()
    print(h2.cancelled(), h1.cancelled())
    await asyncio.sleep(0.05)
    print("end")
asyncio.run(main())
