import asyncio
import time


async def fetch(name, delay):
    me = asyncio.current_task().get_name()
    print(f"{name}: start (running as {me})")
    await asyncio.sleep(delay)
    print(f"{name}: done after {delay}s")
    return name.upper()


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        fetch("slow", 0.3),
        fetch("fast", 0.1),
        fetch("medium", 0.2),
    )
    print("results:", results)
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
