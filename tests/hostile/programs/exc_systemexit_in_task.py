# Probe: SystemExit raised in a task propagates out of asyncio.run.
import asyncio

async def leave():
    raise SystemExit(4)

async def main():
    asyncio.create_task(leave())
    await asyncio.sleep(0.05)
    print('not reached')

try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit', e.code)
