import asyncio
import time


def callback():
    print("  (the loop ran a waiting callback)")


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    loop.call_soon(callback)
    print("time.sleep(0.2)...")
    time.sleep(0.2)
    print(f"  back at {time.perf_counter() - start:.1f}s")
    print("await asyncio.sleep(0.2)...")
    await asyncio.sleep(0.2)
    print(f"  back at {time.perf_counter() - start:.1f}s")


asyncio.run(main())
