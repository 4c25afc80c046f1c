import asyncio


async def quick():
    return "quick"


async def ticker():
    for i in range(3):
        print(f"tick {i}")
        await asyncio.sleep(0)


async def main():
    task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(f"task done: {task.done()}")
    asyncio.create_task(ticker())
    results = await asyncio.gather(task)
    print(f"gather returned {results}")


asyncio.run(main())
