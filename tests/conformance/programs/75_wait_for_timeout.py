# Rule: wait_for cancels the awaited work when the timeout expires and raises TimeoutError; in time, it returns the value.
import asyncio


async def slow_op():
    try:
        await asyncio.sleep(1)
        return "slow result"
    except asyncio.CancelledError:
        print("slow_op: cancelled by wait_for")
        raise


async def fast_op():
    await asyncio.sleep(0.01)
    return "fast result"


async def main():
    try:
        await asyncio.wait_for(slow_op(), timeout=0.05)
    except asyncio.TimeoutError:
        print("wait_for raised TimeoutError")
    print(await asyncio.wait_for(fast_op(), timeout=1))


asyncio.run(main())
