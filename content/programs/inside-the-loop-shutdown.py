import asyncio


async def ticker():
    try:
        for i in range(100):
            print(f"tick {i}")
            await asyncio.sleep(0.1)
    finally:
        print("ticker: finally runs, the task was cancelled")


async def main():
    global bg
    bg = asyncio.create_task(ticker())
    await asyncio.sleep(0.25)
    print("main: returning, ticker still pending")


asyncio.run(main())
print("after asyncio.run: ticker cancelled?", bg.cancelled())
