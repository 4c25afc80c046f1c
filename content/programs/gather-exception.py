import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: finished")
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    print("fail: raising ValueError")
    raise ValueError("boom")


async def main():
    try:
        await asyncio.gather(work("A", 0.1), fail(0.2), work("B", 0.3))
    except ValueError as e:
        print("main: gather raised", repr(e))
    print("main: sleeping 0.2s more")
    await asyncio.sleep(0.2)
    print("main: done")


asyncio.run(main())
