# Rule: an exception raised in a task is stored on it and re-raised to whoever awaits it.
import asyncio


async def faulty():
    await asyncio.sleep(0.01)
    raise ValueError("bad input")


async def main():
    t = asyncio.create_task(faulty())
    try:
        await t
    except ValueError as e:
        print("caught:", repr(e))
    print("done:", t.done(), "cancelled:", t.cancelled())
    print("exception():", repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() raises too:", e)


asyncio.run(main())
