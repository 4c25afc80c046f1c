# Rule: equal-delay sleeps started one after another from the loop wake in the order they started.
import asyncio

woke = []


async def sleeper(i):
    await asyncio.sleep(0.05)
    woke.append(i)


async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(12)]
    await asyncio.gather(*tasks)
    print(woke)
    print(woke == list(range(12)))


asyncio.run(main())
