import asyncio


async def greet(name):
    print(f"greet: hello, {name}")


async def main():
    greet("Ada")
    print("main: done")


asyncio.run(main())
