# Rule: an async generator's awaits schedule on the event loop like a coroutine's: asyncio.sleep between yields lets other tasks run, turn by turn, while async for consumes it.
import asyncio


async def ticker(name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
        yield i


async def consume(name, count, delay):
    async for i in ticker(name, count, delay):
        print(f"{name} consumer got {i}")
    print(f"{name} consumer done")


async def spinner():
    for i in range(4):
        print("spinner turn", i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(consume("zero", 3, 0), spinner(), consume("slow", 2, 0.01))


asyncio.run(main())
