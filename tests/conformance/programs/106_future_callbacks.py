# Rule: future callbacks (a learner-style program written to probe the simulator's edges)
import asyncio
def cb(name):
    def inner(fut):
        print("cb", name, fut.result())
    return inner
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.add_done_callback(a)
    print("removed", f.remove_done_callback(a))
    print("removed again", f.remove_done_callback(a))
    f.set_result(42)
    print("set, done =", f.done())
    await asyncio.sleep(0)
    print("after sleep")
    f.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
asyncio.run(main())
