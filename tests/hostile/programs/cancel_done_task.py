# Probe: cancelling a finished task returns False and changes nothing.
import asyncio

async def quick():
    return 42

async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.result())

asyncio.run(main())
