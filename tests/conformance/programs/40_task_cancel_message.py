# Rule: cancel(msg) passes msg to the CancelledError raised inside the task.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside: args =", e.args)
        print("inside: str =", str(e))
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside: caught", repr(e))
    print("cancelled:", t.cancelled())


asyncio.run(main())
