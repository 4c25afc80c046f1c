# Rule: a failing TaskGroup child cancels its sibling and the group raises an ExceptionGroup.
import asyncio


async def steady():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("steady: cancelled by the group")
        raise


async def explode():
    await asyncio.sleep(0.02)
    raise ValueError("exploded")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(steady())
            tg.create_task(explode())
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, "with", len(eg.exceptions), "error")
        print([repr(e) for e in eg.exceptions])


asyncio.run(main())
