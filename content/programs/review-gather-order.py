import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} ready")
    return name


async def main():
    results = await asyncio.gather(fetch("slow", 0.3), fetch("fast", 0.1), fetch("mid", 0.2))
    print(results)


asyncio.run(main())
