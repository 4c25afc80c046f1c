# Rule: asyncio.run wraps main in Task-1; later tasks are numbered Task-2, Task-3, ... in creation order.
import asyncio


async def who():
    print("running in", asyncio.current_task().get_name())


async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(who())
    b = asyncio.create_task(who())
    print("created:", a.get_name(), b.get_name())
    await a
    await b


asyncio.run(main())
