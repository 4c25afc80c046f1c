# Rule: loop exception in task cb (a learner-style program written to probe the simulator's edges)
import asyncio
def on_done(t):
    print("done callback:", t.get_name(), t.result())
async def work():
    await asyncio.sleep(0.01)
    return 99
async def main():
    t = asyncio.create_task(work(), name="w")
    t.add_done_callback(on_done)
    t.add_done_callback(lambda f: print("lambda cb", f.done()))
    r = await t
    print("awaited", r)
asyncio.run(main())
