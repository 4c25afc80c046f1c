# Rule: gather() with no arguments is an already-finished future holding []; awaiting it does not suspend.
import asyncio


async def side():
    print("side task runs")


async def main():
    asyncio.create_task(side())
    empty = await asyncio.gather()
    print("empty gather:", empty, type(empty).__name__)
    await asyncio.sleep(0)
    print("main after sleep(0)")


asyncio.run(main())
