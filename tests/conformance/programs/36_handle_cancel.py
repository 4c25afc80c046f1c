# Rule: Handle.cancel() stops a call_soon or call_later callback that has not run yet.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "soon: kept")
    h2 = loop.call_soon(print, "soon: cancelled, never printed")
    h3 = loop.call_later(0.02, print, "later: cancelled, never printed")
    h4 = loop.call_later(0.03, print, "later: kept")
    h2.cancel()
    h3.cancel()
    print("cancelled() flags:", h1.cancelled(), h2.cancelled(), h3.cancelled(), h4.cancelled())
    await asyncio.sleep(0.05)
    print("main end")


asyncio.run(main())
