# Probe: call_later callbacks with equal delays run in the order they were scheduled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_later(0.01, print, 'cb', i)
    await asyncio.sleep(0.05)

asyncio.run(main())
