import asyncio


async def background():
    try:
        for i in range(5):
            print(f"bg tick {i}")
            await asyncio.sleep(0.1)
    finally:
        print("bg: finally")


async def main():
    bg = asyncio.create_task(background())
    await asyncio.sleep(0.15)
    print("main returns")
    return "done"


print("run returned", asyncio.run(main()))
