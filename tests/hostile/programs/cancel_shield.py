# Probe: shield keeps the inner task running when the outer await is cancelled.
import asyncio

async def inner():
    await asyncio.sleep(0.1)
    print('inner finished')
    return 'ok'

async def main():
    t = asyncio.create_task(inner())
    waiter = asyncio.create_task(asyncio.wait_for(asyncio.shield(t), 0.01))
    try:
        await waiter
    except asyncio.TimeoutError:
        print('outer timed out')
    print(await t)

asyncio.run(main())
