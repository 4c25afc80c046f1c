import asyncio


async def runner(name, start_signal):
    print(f"{name} waits for the signal")
    await start_signal.wait()
    print(f"{name} runs")


async def main():
    start_signal = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, start_signal)) for n in ("A", "B", "C")]
    await asyncio.sleep(1)
    print("main: set()")
    start_signal.set()
    print("main: is_set() =", start_signal.is_set())
    await asyncio.gather(*tasks)


asyncio.run(main())
