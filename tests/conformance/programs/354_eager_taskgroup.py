# Rule: eager tasks in a TaskGroup (3.12+): a child that finishes in its first step is done before create_task returns, and a failing one aborts its siblings at once.
# conformance: python>=3.12
import asyncio


async def instant(n):
    print("instant", n)
    return n


async def slow(n):
    try:
        print("slow", n, "starts")
        await asyncio.sleep(0.05)
        print("slow", n, "ends")
    except asyncio.CancelledError:
        print("slow", n, "cancelled")
        raise


async def boom():
    print("boom raises before its first await")
    raise ValueError("boom")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(instant(1))
        print("a done:", a.done())
        tg.create_task(slow(2))
        b = tg.create_task(instant(3), name="three")
        print("b:", b.get_name(), b.result())
    print("group one done")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(4))
            tg.create_task(boom())
            print("after boom's create_task")
            tg.create_task(instant(5))
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", [repr(e) for e in eg.exceptions])


asyncio.run(main())
