# Rule: time.sleep in a worker thread lets the loop keep ticking; the same sleep in the loop thread stops the ticks.
import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f}s"


async def ticker():
    await asyncio.sleep(0.06)
    for i in range(3):
        print(stamp(), "tick", i)
        if i < 2:
            await asyncio.sleep(0.1)


async def blocking_in_loop():
    time.sleep(0.3)
    print(stamp(), "loop thread woke up")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(ticker(), loop.run_in_executor(None, time.sleep, 0.2))
    print(stamp(), "round one over")
    await asyncio.gather(ticker(), blocking_in_loop())
    print(stamp(), "round two over")


asyncio.run(main())
