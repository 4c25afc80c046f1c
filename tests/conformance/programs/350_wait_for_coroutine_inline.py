# Rule: wait_for on a coroutine: 3.11 wraps it in a new task that starts a loop turn later; from 3.12 it runs inline in the caller's task.
import asyncio


async def work():
    print("work runs in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print("work resumes")
    return 42


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    print("result", await asyncio.wait_for(work(), timeout=1))
    print("no timeout:", await asyncio.wait_for(work(), None))
    await t
    print("next task is", asyncio.create_task(asyncio.sleep(0)).get_name())


asyncio.run(main())
