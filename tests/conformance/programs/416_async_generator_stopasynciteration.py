# Rule: PEP 479 for async generators: StopAsyncIteration (or StopIteration) raised inside one becomes a RuntimeError; returning ends it, and the consumer sees StopAsyncIteration.
import asyncio


async def bad():
    yield 1
    raise StopAsyncIteration


async def also_bad():
    yield 1
    next(iter([]))


async def good():
    yield 1
    return


async def main():
    for agen in (bad, also_bad):
        try:
            print([x async for x in agen()])
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
    print([x async for x in good()])
    g = good()
    print(type(g).__name__, repr(g).startswith("<async_generator object good at 0x"))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished")


asyncio.run(main())
