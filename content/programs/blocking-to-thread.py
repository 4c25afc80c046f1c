import asyncio
import time

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def slow_read(name):
    time.sleep(0.26)
    return f"{name} contents"


async def ticker():
    for i in range(4):
        print(now(), "tick", i)
        await asyncio.sleep(0.2)


async def main():
    tick = asyncio.create_task(ticker())
    print(now(), "main: reading in a thread")
    text = await asyncio.to_thread(slow_read, "notes.txt")
    print(now(), "main: got", repr(text))
    await tick


asyncio.run(main())
