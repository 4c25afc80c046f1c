import asyncio

config = {"retries": "many"}


async def connect():
    try:
        await asyncio.sleep(1)
        print("connect: done")
    finally:
        print("connect: cancelled, cleaning up")


async def read_port():
    return config["port"]


async def read_retries():
    return int(config["retries"])


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(connect())
            tg.create_task(read_port())
            tg.create_task(read_retries())
    except ExceptionGroup as eg:
        print("caught:", eg)
        for exc in eg.exceptions:
            print("  inside:", repr(exc))


asyncio.run(main())
