# Rule: several tasks can await one future; another task resolving it wakes them in the order they started waiting.
import asyncio


async def waiter(name, fut):
    print(name, "waits")
    value = await fut
    print(name, "got", value)


async def producer(fut):
    await asyncio.sleep(0.02)
    print("producer sets the result")
    fut.set_result(99)
    print("producer continues")


async def main():
    fut = asyncio.get_running_loop().create_future()
    await asyncio.gather(waiter("w1", fut), waiter("w2", fut), producer(fut), waiter("w3", fut))


asyncio.run(main())
