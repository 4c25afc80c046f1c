# Rule: an eager task (3.12+) that finishes in its first step drops its coroutine, so its repr has no coro=; one that suspends prints like any other task (3.13.0 names factory-made tasks None).
# conformance: python>=3.12
import asyncio


async def quick():
    return "quick"


async def slow():
    await asyncio.sleep(0.01)
    return "slow"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(quick(), loop=loop, eager_start=True)
    print(t.done(), t)
    loop.set_task_factory(asyncio.eager_task_factory)
    s = asyncio.create_task(slow())
    print(s.done(), s)
    print(await s, s)
    try:
        asyncio.Task(quick(), eager_start=True)
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
