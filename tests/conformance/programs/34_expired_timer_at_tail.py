# Rule: R2, expired timers join the tail of the ready queue, so call_later(0) made first still runs after call_soon.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0), registered first")
    loop.call_soon(print, "call_soon, registered second")
    loop.call_later(-1, print, "call_later(-1), registered third")
    loop.call_soon(print, "call_soon, registered fourth")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0.01)
    print("main end")


asyncio.run(main())
