# Probe: a queue.get() with no producer waits forever.
# hostile: runs-on
import asyncio

async def main():
    q = asyncio.Queue()
    print('waiting')
    await q.get()

asyncio.run(main())
