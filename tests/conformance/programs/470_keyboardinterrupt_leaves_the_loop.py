# Rule: §21, a KeyboardInterrupt raised in a task leaves the loop in the middle of its turn;
# asyncio.run still cancels the leftover tasks (in set order, §6), and uncaught it ends the process with 130.
# conformance: racy runs=4
import asyncio


def later():
    print("callback queued behind the interrupt runs in the clean-up")


async def worker(n):
    try:
        await asyncio.sleep(1)
    finally:
        print("worker", n, "cancelled during clean-up")


async def interrupt():
    await asyncio.sleep(0.1)
    asyncio.get_running_loop().call_soon(later)
    print("interrupting")
    raise KeyboardInterrupt


async def main():
    asyncio.create_task(worker(1))
    asyncio.create_task(interrupt())
    try:
        await asyncio.sleep(5)
    finally:
        print("main cancelled during clean-up")


asyncio.run(main())
