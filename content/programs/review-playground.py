import asyncio
import time


async def fetch(name, seconds, limit, start):
    async with limit:
        print(f"{time.perf_counter() - start:.1f}s {name} starts")
        await asyncio.sleep(seconds)
        print(f"{time.perf_counter() - start:.1f}s {name} done")
        return name


async def main():
    start = time.perf_counter()
    limit = asyncio.Semaphore(2)
    jobs = [fetch("a", 1, limit, start), fetch("b", 0.5, limit, start), fetch("c", 0.7, limit, start)]
    try:
        async with asyncio.timeout(2):
            results = await asyncio.gather(*jobs)
            print("results:", results)
    except TimeoutError:
        print("gave up")
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
