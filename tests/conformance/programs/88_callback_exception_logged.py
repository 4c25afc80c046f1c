# Rule: R5, an exception in a plain callback is logged to stderr and the loop carries on.
import asyncio


def bad():
    print("bad callback runs")
    raise ValueError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.01)
    print("main finishes normally")


asyncio.run(main())
