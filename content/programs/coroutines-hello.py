import asyncio


async def main():
    print("before wait")
    await asyncio.sleep(0.1)
    print("after wait")


asyncio.run(main())
