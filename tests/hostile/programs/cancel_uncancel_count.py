# Probe: cancelling() counts pending cancel requests and uncancel() takes one back.
import asyncio

async def body():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print('cancelling', t.cancelling())
        print('after uncancel', t.uncancel())
        return 'recovered'

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(await t)

asyncio.run(main())
