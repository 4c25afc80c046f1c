# Probe: a task whose exception nobody retrieves: stdout still finishes and the run exits 0.
import asyncio

async def boom():
    raise ValueError('ignored')

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print('main done')

asyncio.run(main())
