import asyncio


async def worker(delay):
    me = asyncio.current_task()
    print(f"{me.get_name()}: started")
    await asyncio.sleep(delay)
    print(f"{me.get_name()}: finished")
    return delay


async def main():
    print("main runs as", asyncio.current_task().get_name())
    a = asyncio.create_task(worker(0.2))
    b = asyncio.create_task(worker(0.1), name="fetcher")
    print("created", a.get_name(), "and", b.get_name())
    result_a = await a
    print("a returned", result_a)
    result_b = await b
    print("b returned", result_b, "and b.result() is", b.result())


asyncio.run(main())
