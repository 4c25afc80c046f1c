# Rule: after time.sleep blocks the loop past several deadlines, the expired timers fire together, in deadline order, behind queued callbacks.
import asyncio
import time


async def waiter(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")


async def blocker():
    print("blocker: freezing the loop")
    time.sleep(0.2)
    asyncio.get_running_loop().call_soon(print, "callback queued by blocker")
    print("blocker: done")


async def main():
    await asyncio.gather(
        waiter("late", 0.1),
        waiter("early", 0.03),
        waiter("middle", 0.06),
        blocker(),
        waiter("after the block", 0.01),
    )


asyncio.run(main())
