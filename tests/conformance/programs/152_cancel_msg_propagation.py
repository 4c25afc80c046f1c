# Rule: cancel msg propagation (a learner-style program written to probe the simulator's edges)
import asyncio
async def inner():
    await asyncio.sleep(1)
async def outer():
    try:
        await inner()
    except asyncio.CancelledError as e:
        print("outer got", repr(e), e.args)
        raise
async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel(msg="please stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled())
asyncio.run(main())
