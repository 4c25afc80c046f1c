# Rule: sleep(d<=0) costs one iteration; any positive delay needs a timer and costs at least two.
import asyncio


async def napper(label, delay):
    print(label, "sleeps", delay)
    await asyncio.sleep(delay)
    print(label, "awake")


async def main():
    await asyncio.gather(
        napper("positive", 0.000001),
        napper("negative", -5),
        napper("zero", 0),
        napper("float zero", 0.0),
    )


asyncio.run(main())
