# Probe: acquiring a held asyncio.Lock again deadlocks; CPython waits forever.
# hostile: runs-on
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print('first acquired')
    await lock.acquire()

asyncio.run(main())
