# Rule: an object whose class defines __await__ can be awaited: returning a coroutine's __await__() runs that coroutine in place, suspending the awaiting task at its awaits.
import asyncio


class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    async def _run(self):
        await asyncio.sleep(self.delay)
        print("ready", self.value)
        return self.value

    def __await__(self):
        return self._run().__await__()


async def side(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(side("side"))
    v = await Delayed(42, 0.01)
    print("got", v)
    print(await Delayed("again", 0), await t)


asyncio.run(main())
