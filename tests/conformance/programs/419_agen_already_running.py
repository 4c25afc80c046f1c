# Rule: while an async generator's asend is suspended in an await, another anext() on it raises RuntimeError: anext(): asynchronous generator is already running.
import asyncio


async def slow():
    await asyncio.sleep(0.01)
    yield "value"


async def main():
    g = slow()
    first = asyncio.ensure_future(anext(g))
    await asyncio.sleep(0)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    print(await anext(g, "exhausted"))


asyncio.run(main())
