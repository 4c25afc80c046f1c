import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("created:", fut)
    print("done?", fut.done())
    try:
        fut.result()
    except Exception as e:
        print("result() too early:", type(e).__name__, e)
    fut.set_result(42)
    print("after set_result:", fut)
    print("done?", fut.done(), "result:", fut.result())
    try:
        fut.set_result(43)
    except Exception as e:
        print("set_result again:", type(e).__name__, e)


asyncio.run(main())
