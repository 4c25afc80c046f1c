import asyncio


async def consumer(name, queue, ready):
    await ready.wait()
    while not queue.empty():
        item = queue.get_nowait()
        print(f"{name} takes {item}")
        await asyncio.sleep(0.1)


async def main():
    queue = asyncio.Queue()
    ready = asyncio.Event()
    tasks = [asyncio.create_task(consumer(n, queue, ready)) for n in ("X", "Y")]
    for item in ("a", "b", "c"):
        queue.put_nowait(item)
    print("main: go")
    ready.set()
    await asyncio.gather(*tasks)
    print("main: queue empty?", queue.empty())


asyncio.run(main())
