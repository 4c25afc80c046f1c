# Rule: reprs task (a learner-style program written to probe the simulator's edges)
import asyncio
async def child():
    await asyncio.sleep(0.01)
    return 5
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, "a"])
    print(repr(f))
    f2 = loop.create_future()
    f2.cancel()
    print(f2)
    f3 = loop.create_future()
    f3.set_exception(ValueError("bad"))
    print(f3)
    f3.exception()
    t = asyncio.create_task(child(), name="kid")
    print(t)
    await t
    print(t)
asyncio.run(main())
