# Probe: KeyboardInterrupt raised in a task propagates out of asyncio.run.
import asyncio

async def interrupt():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

async def main():
    t = asyncio.create_task(interrupt())
    await asyncio.sleep(0.05)
    print('not reached')

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt reached the caller')
