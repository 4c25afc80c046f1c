# Rule: two worker threads that print after equal sleeps may print in either order.
# conformance: racy runs=8
import asyncio
import time


def worker(name):
    time.sleep(0.05)
    print(name, "finishes in its thread")
    return name


async def main():
    loop = asyncio.get_running_loop()
    jobs = [loop.run_in_executor(None, worker, name) for name in ["left", "right"]]
    print("loop: both submitted")
    print(await asyncio.gather(*jobs))


asyncio.run(main())
