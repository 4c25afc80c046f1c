# Rule: gather mixed (a learner-style program written to probe the simulator's edges)
import asyncio
async def ok(x, d):
    await asyncio.sleep(d)
    print("ok", x)
    return x
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad after {d}")
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.03, fut.set_result, "fut!")
    t = asyncio.create_task(ok("task", 0.02))
    res = await asyncio.gather(ok("coro", 0.01), t, fut, bad(0.04), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(ok("x", 0.05), bad(0.01))
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.1)
    print("end")
asyncio.run(main())
