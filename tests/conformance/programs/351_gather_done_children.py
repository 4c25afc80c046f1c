# Rule: gather of futures that are already done: 3.11 finishes it a loop turn later; from 3.12 it is done at once.
import asyncio


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("early")
    failed = loop.create_future()
    failed.set_exception(ValueError("boom"))
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    g = asyncio.gather(done, done)
    print("gather done at once:", g.done())
    print("gathered", await g)
    g2 = asyncio.gather(failed, return_exceptions=True)
    print("second done at once:", g2.done(), await g2)
    await t


asyncio.run(main())
