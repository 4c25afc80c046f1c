import asyncio


async def step(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)
    print(f"{name}: end")
    return name.upper()


async def main():
    print("main: begin")
    a = await step("a")
    b = await step("b")
    print("main:", a + b)


asyncio.run(main())
