# Probe: two tasks that wake each other forever through events.
# hostile: runs-on
import asyncio

async def player(mine, other):
    while True:
        await mine.wait()
        mine.clear()
        other.set()

async def main():
    a, b = asyncio.Event(), asyncio.Event()
    asyncio.create_task(player(a, b))
    a.set()
    await player(b, a)

asyncio.run(main())
