# Rule: anext(agen) and agen.aclose() are coroutine-like (send/throw/close/__await__), so asyncio.iscoroutine accepts them: create_task, gather and wait_for run them as tasks, named in the task's repr as '<async_generator_asend without __name__>'.
import asyncio
async def ag():
    yield 1
async def main():
    t = asyncio.create_task(anext(ag()))
    print(t)
    await t
    print(t)
asyncio.run(main())


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i


async def more():
    g = ticks(4)
    print(await asyncio.wait_for(anext(g), 1))
    print(await asyncio.gather(anext(g), asyncio.sleep(0, "slept")))
    task = asyncio.create_task(anext(g))
    print(await task)
    print(await anext(g, "end"), await anext(g, "end"))


asyncio.run(more())
