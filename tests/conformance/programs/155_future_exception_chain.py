# Rule: future exception chain (a learner-style program written to probe the simulator's edges)
import asyncio
async def setter(fut):
    await asyncio.sleep(0.01)
    fut.set_exception(KeyError("nope"))
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(setter(fut))
    try:
        await fut
    except KeyError as e:
        print("got", repr(e), fut.done(), repr(fut.exception()))
    f2 = loop.create_future()
    loop.call_soon(f2.set_result, None)
    print(await f2)
asyncio.run(main())
