# Probe: a recursive await chain 500 deep completes (CPython's limit counts frames).
import asyncio

async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await chain(n - 1)

print(asyncio.run(chain(500)))
