import asyncio


async def child():
    print("child starts")
    await asyncio.sleep(0)
    print("child ends")


async def main():
    if hasattr(asyncio, "eager_task_factory"):  # new in 3.12
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(child())
    print("create_task returned")
    await task


asyncio.run(main())
