import asyncio


async def ok():
    try:
        await asyncio.sleep(1)
        print("ok: finished")
    except asyncio.CancelledError:
        print("ok: cancelled")
        raise


async def bad():
    await asyncio.sleep(0.1)
    print("bad: raising")
    raise ValueError("bad")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok())
            tg.create_task(bad())
            print("main: body done")
    except ExceptionGroup as eg:
        print("main: caught", eg.exceptions)


asyncio.run(main())
