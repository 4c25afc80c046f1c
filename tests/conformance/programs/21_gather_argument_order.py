# Rule: gather returns results in argument order, not in finishing order.
import asyncio


async def fetch(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("c", 0.2), fetch("a", 0.05), fetch("b", 0.1))
    print(results)


asyncio.run(main())
