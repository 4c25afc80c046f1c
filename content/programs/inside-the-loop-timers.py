import asyncio


def ring(name):
    print(name, "rings")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, ring, "A")
    loop.call_later(0.1, ring, "B")
    loop.call_later(0.1, ring, "C")
    loop.call_soon(ring, "D")
    print("main: all four scheduled")
    await asyncio.sleep(0.2)
    print("main: awake")
    await asyncio.sleep(0.2)
    print("main: done")


asyncio.run(main())
