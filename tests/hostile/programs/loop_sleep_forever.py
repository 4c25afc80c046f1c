# Probe: awaiting a future nobody resolves: CPython waits forever; the simulator says so.
# hostile: runs-on
import asyncio

async def main():
    await asyncio.get_running_loop().create_future()

asyncio.run(main())
