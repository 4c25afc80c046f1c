import asyncio


async def slow():
    try:
        print("slow: start")
        await asyncio.sleep(1)
        print("slow: end")
    finally:
        print("slow: cleanup")


async def main():
    try:
        async with asyncio.timeout(0.2):
            await slow()
    except TimeoutError:
        print("main: timed out")
    result = await asyncio.wait_for(asyncio.sleep(0.1, "quick"), timeout=1)
    print("main:", result)


asyncio.run(main())
