import asyncio


async def my_sleep(delay, result):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(delay, fut.set_result, result)
    print(f"my_sleep: timer set for {delay}s; awaiting the future")
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    value = await my_sleep(0.2, "hello")
    print(f"main: got {value!r} after {loop.time() - start:.1f}s")
    value = await asyncio.sleep(0.2, "world")
    print(f"main: got {value!r} after {loop.time() - start:.1f}s")


asyncio.run(main())
