import asyncio


def ring(name):
    print(f"{name} at {loop.time() - t0:.1f}s")


async def main():
    global loop, t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.3, ring, "slow")
    loop.call_later(0.1, ring, "fast 1")
    loop.call_later(0.1, ring, "fast 2")
    loop.call_soon(ring, "soon")
    await asyncio.sleep(0.5)
    print(f"main: done at {loop.time() - t0:.1f}s")


asyncio.run(main())
