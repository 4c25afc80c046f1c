# Probe: a task spinning on sleep(0) forever: the simulator stops it cleanly.
# hostile: runs-on
import asyncio

async def spin():
    while True:
        await asyncio.sleep(0)

asyncio.run(spin())
