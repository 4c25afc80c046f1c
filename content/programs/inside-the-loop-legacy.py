import asyncio


async def coroutine_1():
    print("coroutine 1 start")
    await asyncio.sleep(0.2)
    print("coroutine 1 resumes")
    return 1


async def coroutine_2():
    print("coroutine 2 start")
    await asyncio.sleep(0.1)
    print("coroutine 2 resumes")
    return 2


if __name__ == "__main__":
    loop = asyncio.get_event_loop()
    results = loop.run_until_complete(asyncio.gather(coroutine_1(), coroutine_2()))
    print("results:", results)
