# Rule: async for over a class with __aiter__ and __anext__: __aiter__ is called once, each item is `await __anext__()`, and StopAsyncIteration ends the loop (the else clause runs).
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        print("__aiter__ called")
        return self

    async def __anext__(self):
        if self.current <= 0:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    task = asyncio.create_task(other())
    async for n in Countdown(3):
        print("got", n)
    else:
        print("loop finished normally")
    await task
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
