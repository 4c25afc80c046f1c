import asyncio


def report(fut):
    print("callback:", type(fut).__name__, "finished with", repr(fut.result()))


async def work():
    await asyncio.sleep(0.1)
    return "work result"


async def main():
    task = asyncio.create_task(work())
    print("is a Task a Future?", isinstance(task, asyncio.Future))
    task.add_done_callback(report)
    value = await task
    print("main: await task gave", repr(value))


asyncio.run(main())
