# Rule: in 3.11 asyncio.create_task(name=...) still uses up a Task-N number; loop.create_task(name=...) does not.
import asyncio


async def job():
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    named = asyncio.create_task(job(), name="fetcher")
    plain = asyncio.create_task(job())
    via_loop = loop.create_task(job(), name="saver")
    plain2 = loop.create_task(job())
    names = await asyncio.gather(named, plain, via_loop, plain2)
    print(names)


asyncio.run(main())
