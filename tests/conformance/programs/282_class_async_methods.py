# Rule: async methods of a class are coroutine functions bound to the instance: tasks made from them interleave at each await, and they share the instance's state.
import asyncio


class Downloader:
    def __init__(self, name):
        self.name = name
        self.done = []

    async def fetch(self, item, delay):
        print(f"{self.name}: start {item}")
        await asyncio.sleep(delay)
        self.done.append(item)
        print(f"{self.name}: end {item}")
        return item.upper()

    async def fetch_all(self, items):
        jobs = [self.fetch(item, 0.01 * (len(items) - i)) for i, item in enumerate(items)]
        return await asyncio.gather(*jobs)

    def __repr__(self):
        return f"<Downloader {self.name} done={self.done}>"


class Pipeline:
    def __init__(self):
        self.queue = asyncio.Queue()

    async def producer(self, n):
        for i in range(n):
            await self.queue.put(i)
            await asyncio.sleep(0)
        await self.queue.put(None)

    async def consumer(self):
        total = 0
        while (item := await self.queue.get()) is not None:
            total += item
            print("consumed", item)
        return total


async def main():
    d = Downloader("dl")
    print(await d.fetch_all(["a", "b", "c"]))
    print(d)
    t = asyncio.create_task(d.fetch("z", 0))
    print(t.get_coro().__qualname__)
    await t
    p = Pipeline()
    _, total = await asyncio.gather(p.producer(4), p.consumer())
    print("total", total)


asyncio.run(main())
