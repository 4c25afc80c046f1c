import asyncio
import time


async def job(name, delay, fails=False):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    if fails:
        print(f"{name}: raising")
        raise ValueError(name)
    print(f"{name}: done")
    return name


async def main():
    start = time.perf_counter()
    try:
        results = await asyncio.gather(
            job("A", 0.3),
            job("B", 0.1, fails=True),
            job("C", 0.2),
            return_exceptions=False,
        )
        print("results:", results)
    except ValueError as e:
        print("gather raised", repr(e))
    print(f"main: gather returned at {time.perf_counter() - start:.1f}s")
    await asyncio.sleep(0.3)
    print("main: done")


asyncio.run(main())
