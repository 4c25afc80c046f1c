# Rule: gather(return_exceptions=True) puts raised exceptions into the result list in argument order.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def fails(msg):
    await asyncio.sleep(0.01)
    raise RuntimeError(msg)


async def main():
    results = await asyncio.gather(ok(2), fails("disk full"), ok(1), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, isinstance(r, Exception))


asyncio.run(main())
