# Rule: the seed note's style, run_until_complete(gather(c1(), c2())) on a loop made current with set_event_loop.
import asyncio


async def coro1():
    print("coroutine 1 start")
    await asyncio.sleep(0.2)
    print("coroutine 1 resumes")
    return 1


async def coro2():
    print("coroutine 2 start")
    await asyncio.sleep(0.05)
    print("coroutine 2 resumes")
    return 2


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
results = loop.run_until_complete(asyncio.gather(coro1(), coro2()))
print("results:", results)
loop.close()
