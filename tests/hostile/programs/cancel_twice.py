# Probe: cancel() twice returns True both times while pending; the task is cancelled once.
import asyncio

async def body():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('cancelled once')
        raise

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancel(), t.cancelled())

asyncio.run(main())
