import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name}: done after {delay}s")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    task = asyncio.create_task(worker("solo", 0.3))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: solo was cancelled")

    try:
        result = await asyncio.wait_for(worker("limited", 0.5), timeout=0.2)
        print("main: got", result)
    except TimeoutError:
        print("main: limited timed out")

    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(worker("first", 0.1))
        second = tg.create_task(worker("second", 0.2))
    print("main: group results", first.result(), second.result())


asyncio.run(main())
