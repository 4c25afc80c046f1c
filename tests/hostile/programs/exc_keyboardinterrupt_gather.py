# Probe: KeyboardInterrupt from one of gather's children propagates out of asyncio.run.
import asyncio

async def ok():
    await asyncio.sleep(0.01)
    return 1

async def bad():
    raise KeyboardInterrupt

async def main():
    await asyncio.gather(ok(), bad())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted')
