# Probe: cancel(msg) carries the message to the CancelledError.
import asyncio

async def body():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message:', e.args)

asyncio.run(main())
