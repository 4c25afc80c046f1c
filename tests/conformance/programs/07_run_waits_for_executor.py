# Rule: asyncio.run waits for the default executor, so an unawaited run_in_executor job finishes first.
import asyncio
import time

start = 0.0


def slow_job():
    time.sleep(0.16)
    print(f"{time.perf_counter() - start:.1f}s job finished in its thread")


async def main():
    global start
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, slow_job)
    print("main returns without awaiting the job")


asyncio.run(main())
print(f"{time.perf_counter() - start:.1f}s asyncio.run returned")
