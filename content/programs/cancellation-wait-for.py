import asyncio
import time


async def fetch(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} data"
    finally:
        print(f"  {name}: fetch ends")


async def main():
    start = time.perf_counter()
    print("got", await asyncio.wait_for(fetch("fast", 0.1), timeout=0.5))
    try:
        await asyncio.wait_for(fetch("slow", 2), timeout=0.5)
    except TimeoutError:
        print("slow: TimeoutError")
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
