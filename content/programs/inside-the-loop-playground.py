import asyncio


def callback(name):
    print(f"callback: {name}")


async def worker(name):
    print(f"{name}: first step")
    await asyncio.sleep(0)
    print(f"{name}: second step")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, callback, "timer after 0.1s")
    loop.call_later(0, callback, "timer after 0s")
    task = asyncio.create_task(worker("task"))
    loop.call_soon(callback, "call_soon")
    print("main: yields")
    await asyncio.sleep(0)
    print("main: resumed")
    await asyncio.sleep(0.2)
    print("main: done")


asyncio.run(main())
