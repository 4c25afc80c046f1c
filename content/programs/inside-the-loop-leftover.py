import asyncio


async def ticker():
    try:
        for i in range(100):
            print(f"tick {i}")
            await asyncio.sleep(0.1)
    finally:
        print("ticker: finally runs")


async def main():
    global bg
    bg = asyncio.create_task(ticker())
    await asyncio.sleep(0.25)
    print("main: returning, ticker still pending")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
print("after run_until_complete: ticker done?", bg.done())
loop.run_until_complete(asyncio.sleep(0.1))
print("ran the loop 0.1s more; ticker done?", bg.done())
