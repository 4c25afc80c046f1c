import asyncio


def note(text):
    print(text)


async def worker():
    loop = asyncio.get_running_loop()
    print("worker: step 1")
    loop.call_soon(note, "callback queued by worker")
    await asyncio.sleep(0)
    print("worker: step 2")
    await asyncio.sleep(0)
    print("worker: step 3")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker())
    loop.call_soon(note, "callback queued by main")
    print("main: yields")
    await asyncio.sleep(0)
    print("main: back")
    await task
    print("main: worker finished")


asyncio.run(main())
