# Rule: as_completed wraps coroutines into tasks from a set, so they start in an order CPython does not fix; results still come in completion order.
# conformance: racy runs=6
import asyncio


async def fetch(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [fetch("slow", 0.15), fetch("fast", 0.05), fetch("mid", 0.1)]
    for next_done in asyncio.as_completed(coros):
        print("finished", await next_done)


asyncio.run(main())
