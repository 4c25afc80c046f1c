# Rule: awaiting a task returns its result; awaiting a task that is already done does not suspend.
import asyncio


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def main():
    t = asyncio.create_task(double(21))
    print("done before await?", t.done())
    value = await t
    print("value:", value, "done:", t.done(), "result():", t.result())
    asyncio.get_running_loop().call_soon(print, "callback queued before the second await")
    again = await t
    print("second await gives", again, "without suspending")
    await asyncio.sleep(0)


asyncio.run(main())
