# Rule: two tasks iterating their own async generators interleave at each await inside the generators; a yield does not suspend the task (only awaits do).
import asyncio


async def producer(name, n):
    for i in range(n):
        print(f"{name}: before yield {i}")
        yield i
        print(f"{name}: after yield {i}")
        await asyncio.sleep(0)


async def consumer(name, n):
    total = 0
    async for value in producer(name, n):
        print(f"{name}: consumed {value}")
        total += value
    return total


async def main():
    results = await asyncio.gather(consumer("A", 3), consumer("B", 2))
    print("results", results)


asyncio.run(main())
