import asyncio


async def work():
    print(f"work runs in {asyncio.current_task().get_name()}")
    await asyncio.sleep(0.1)
    return "done"


async def main():
    print(f"main runs in {asyncio.current_task().get_name()}")
    result = await asyncio.wait_for(work(), timeout=1)
    print(f"wait_for returned {result!r}")


asyncio.run(main())
