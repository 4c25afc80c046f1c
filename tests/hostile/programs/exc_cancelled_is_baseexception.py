# Probe: CancelledError is a BaseException, not caught by except Exception.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except Exception:
        print('wrongly caught')

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
