# Probe: gathers nested eight deep, 2**8 leaves.
import asyncio

async def tree(d):
    if d == 0:
        await asyncio.sleep(0)
        return 1
    return sum(await asyncio.gather(tree(d - 1), tree(d - 1)))

print(asyncio.run(tree(8)))
