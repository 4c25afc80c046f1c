# Rule: the seed note's run_in_executor example; which thread finishes first decides the "resumes" order.
# conformance: racy runs=8
import asyncio
import time


async def coro1():
    print("coroutine 1 start")
    loop = asyncio.get_event_loop()
    print("coroutine 1 stop")
    await loop.run_in_executor(None, time.sleep, 0.16)
    print("coroutine 1 resumes")


async def coro2():
    print("coroutine 2 start")
    loop = asyncio.get_event_loop()
    print("coroutine 2 stop")
    await loop.run_in_executor(None, time.sleep, 0.16)
    print("coroutine 2 resumes")


start = time.perf_counter()
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(asyncio.gather(coro1(), coro2()))
print(f"both done after {time.perf_counter() - start:.1f}s: the two sleeps overlapped")
loop.close()
