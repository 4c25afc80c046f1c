# Rule: as_completed yields results in the order the tasks finish.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [
        asyncio.create_task(job("third", 0.2)),
        asyncio.create_task(job("first", 0.05)),
        asyncio.create_task(job("second", 0.1)),
    ]
    for next_done in asyncio.as_completed(tasks):
        print("finished:", await next_done)


asyncio.run(main())
