# Rule: the __main__ guard runs the program; time.monotonic and time.time advance with sleeps like perf_counter.
import asyncio
import time


async def nap():
    pass
    await asyncio.sleep(0.16)


async def main():
    m0 = time.monotonic()
    w0 = time.time()
    p0 = time.perf_counter()
    await nap()
    print(f"monotonic {time.monotonic() - m0:.1f}")
    print(f"time {time.time() - w0:.1f}")
    print(f"perf_counter {time.perf_counter() - p0:.1f}")
    print(time.monotonic() > m0, type(time.time()).__name__)


if __name__ == "__main__":
    print("running as", __name__)
    asyncio.run(main())
