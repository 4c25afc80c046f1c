# Rule: run_coroutine_threadsafe from an executor thread hands the loop a coroutine; the returned concurrent future's result() blocks only that thread while the loop runs the coroutine as a task.
import asyncio
import time


async def lookup(key):
    print("loop looks up", key)
    await asyncio.sleep(0.005)
    if key == "missing":
        raise KeyError(key)
    return key.upper()


def blocking_worker(loop):
    time.sleep(0.15)
    fut = asyncio.run_coroutine_threadsafe(lookup("abc"), loop)
    print("worker got", fut.result())
    bad = asyncio.run_coroutine_threadsafe(lookup("missing"), loop)
    try:
        bad.result()
    except KeyError as e:
        print("worker caught", repr(e))
    return "worker finished"


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    result = await loop.run_in_executor(None, blocking_worker, loop)
    print(result)
    await t


asyncio.run(main())
