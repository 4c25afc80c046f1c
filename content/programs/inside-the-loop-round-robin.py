import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    a = asyncio.create_task(worker("A", 2))
    b = asyncio.create_task(worker("B", 3))
    await a
    print("main: A finished")
    await b
    print("main: B finished")


asyncio.run(main())
