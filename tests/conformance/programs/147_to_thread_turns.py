# Rule: to thread turns (a learner-style program written to probe the simulator's edges)
import asyncio
import time
def work():
    time.sleep(0.06)
    return "w"
async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0.03)
async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.to_thread(work))
    await t
asyncio.run(main())
