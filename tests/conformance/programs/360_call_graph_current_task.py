# Rule: call graph (3.14+): print_call_graph() in a task shows its chain of coroutines, innermost first, under print_call_graph's own frame; ids and directories are masked by the program, since CPython prints real addresses and paths.
# conformance: python>=3.14
import asyncio


def masked(text):
    out = []
    for line in text.splitlines():
        if ', id=0x' in line:
            line = line.split(', id=0x')[0] + ', id=...)'
        elif '(id=0x' in line:
            line = line.split('(id=0x')[0] + '(id=...)'
        if "File '" in line:
            head, rest = line.split("File '", 1)
            path, tail = rest.split("'", 1)
            line = head + "File '" + path.split('/')[-1] + "'" + tail
        out.append(line)
    return '\n'.join(out)


async def leaf():
    print(masked(asyncio.format_call_graph()))
    print(masked(asyncio.format_call_graph(depth=2)))
    print(masked(asyncio.format_call_graph(limit=1)))
    print(masked(asyncio.format_call_graph(limit=-1)))
    print(repr(asyncio.format_call_graph(limit=0)) != '')
    await asyncio.sleep(0)
    return 'done'


async def middle():
    return await leaf()


async def main():
    print(await middle())
    graph = asyncio.capture_call_graph()
    print(type(graph).__name__, graph.future is asyncio.current_task(), graph.awaited_by)
    entry = graph.call_stack[0]
    print(type(entry).__name__, entry.frame.f_lineno, entry.frame.f_code.co_qualname)


asyncio.run(main())
