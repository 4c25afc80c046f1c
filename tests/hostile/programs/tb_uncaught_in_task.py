# Probe: an exception in an awaited task ends asyncio.run with that exception.
import asyncio

async def boom():
    await asyncio.sleep(0)
    raise LookupError('in task')

async def main():
    await asyncio.create_task(boom())

asyncio.run(main())
