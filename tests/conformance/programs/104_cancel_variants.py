# Rule: cancel variants (a learner-style program written to probe the simulator's edges)
import asyncio
async def sleeper(name):
    try:
        print(name, "start")
        await asyncio.sleep(1)
        print(name, "woke")
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
async def main():
    t1 = asyncio.create_task(sleeper("t1"))
    print("cancel before start:", t1.cancel())
    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    print("cancel while sleeping:", t2.cancel("stop it"), t2.cancelling())
    print("cancel twice:", t2.cancel(), t2.cancelling())
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError as e:
            print(t.get_name(), "awaited -> CancelledError", repr(e))
        print(t.cancelled(), t.done(), t.cancel())
asyncio.run(main())
