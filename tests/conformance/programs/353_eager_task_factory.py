# Rule: eager tasks (3.12+): with eager_task_factory a task's first step runs inside create_task, as the current task.
# conformance: python>=3.12
import asyncio


async def child(name, steps):
    print(name, "starts in", asyncio.current_task().get_name())
    for i in range(steps):
        await asyncio.sleep(0)
        print(name, "step", i)
    return name


async def quick():
    print("quick runs to the end at once")
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    print("factory before:", loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)
    print("main: before create_task")
    t = asyncio.create_task(child("a", 2))
    print("main: after create_task, done =", t.done())
    q = asyncio.create_task(quick(), name="named")
    print("quick done =", q.done(), q.result(), q.get_name())
    print("current is main:", asyncio.current_task().get_name())
    print("gathered", await asyncio.gather(t, q, child("b", 1)))
    loop.set_task_factory(None)
    lazy = asyncio.create_task(child("c", 0))
    print("lazy done =", lazy.done())
    await lazy
    print("factory after:", loop.get_task_factory())


asyncio.run(main())
