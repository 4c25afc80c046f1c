# Rule: call graph (3.14+): outside a running loop capture_call_graph() needs a future; a non-future is a TypeError; future is positional-only; in a plain callback there is no current task (an empty graph); a finished task's frame is None.
# conformance: python>=3.14
import asyncio


async def quick():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        asyncio.capture_call_graph(42)
    except TypeError as e:
        print('TypeError:', e)
    t = asyncio.create_task(quick())
    try:
        asyncio.capture_call_graph(future=t)
    except TypeError as e:
        print('TypeError:', e)
    loop.call_soon(lambda: print(repr(asyncio.format_call_graph()), asyncio.capture_call_graph()))
    await t
    await asyncio.sleep(0)
    graph = asyncio.capture_call_graph(t)
    print(len(graph.call_stack), graph.call_stack[0].frame)
    try:
        asyncio.format_call_graph(t)
    except AttributeError as e:
        print('AttributeError:', e)


asyncio.run(main())
try:
    asyncio.capture_call_graph()
except RuntimeError as e:
    print('RuntimeError:', e)
