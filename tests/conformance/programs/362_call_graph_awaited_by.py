# Rule: call graph (3.14+): awaited_by links a task to the task awaiting it, to the task that gathered it, and to a TaskGroup's parent task; print_call_graph writes through file.write, with its own frame on top; ids and directories are masked by the program.
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


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def show(self):
        print(masked(''.join(self.parts)))
        print(len(self.parts), repr(self.parts[-1]))


async def report(label):
    print(f'-- {label}')
    sink = Sink()
    asyncio.print_call_graph(file=sink)
    sink.show()
    await asyncio.sleep(0.01)
    return label


async def inner_wait(label):
    return await report(label)


async def gathered():
    return await asyncio.gather(inner_wait('a'), report('b'))


async def main():
    print(await asyncio.create_task(report('awaited task')))
    print(await gathered())
    async with asyncio.TaskGroup() as tg:
        child = tg.create_task(report('group child'), name='child')
        print(masked(asyncio.format_call_graph(child)))
    fut = asyncio.get_running_loop().create_future()

    async def waiter():
        return await fut

    w = asyncio.create_task(waiter(), name='waiter')
    await asyncio.sleep(0)
    print(masked(asyncio.format_call_graph(fut)))
    fut.set_result(7)
    print(await w, asyncio.capture_call_graph(fut).awaited_by)


asyncio.run(main())
