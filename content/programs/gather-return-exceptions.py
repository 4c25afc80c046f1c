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
    results = await asyncio.gather(
        work("A", 0.1), fail(0.2), work("B", 0.3), return_exceptions=True
    )
    print("results:", results)
    for r in results:
        if isinstance(r, Exception):
            print("  failed:", repr(r))
        else:
            print("  ok:", r)


asyncio.run(main())
