# Rule: coroutines given to as_completed with equal sleeps finish in the order they started, which follows the set's order, so both the start lines and the results race.
# conformance: racy runs=6
import asyncio


async def tick(n):
    print("tick", n)
    await asyncio.sleep(0.05)
    print("tock", n)
    return n


async def main():
    results = []
    for fut in asyncio.as_completed([tick(n) for n in range(3)]):
        results.append(await fut)
    print(sorted(results))


asyncio.run(main())
