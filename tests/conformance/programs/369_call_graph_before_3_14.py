# Rule: call graph: asyncio has print_call_graph, format_call_graph and capture_call_graph only from 3.14; before, using one is an AttributeError.
import asyncio


class Discard:
    def write(self, text):
        pass


async def main():
    for name in ['print_call_graph', 'format_call_graph', 'capture_call_graph', 'FutureCallGraph']:
        print(name, hasattr(asyncio, name))
    asyncio.print_call_graph(file=Discard())
    print('printed')


asyncio.run(main())
