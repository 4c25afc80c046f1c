import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("A", 0.2))
        b = tg.create_task(fetch("B", 0.1))
        print("body ends; the group waits for its tasks")
    print("after the group:", a.result(), b.result())


asyncio.run(main())
