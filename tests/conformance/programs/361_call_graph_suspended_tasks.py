# Rule: call graph (3.14+): a suspended task's stack ends in the asyncio coroutine it waits in (sleep, Lock.acquire, Event.wait, Queue.get/put/join, wait_for, wait, a TaskGroup's exit); an unstarted one shows its def line; ids and directories are masked by the program.
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


async def idle():
    await asyncio.sleep(1)


async def in_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(idle(), name='group-child')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    event = asyncio.Event()
    sem = asyncio.Semaphore(0)
    empty = asyncio.Queue()
    full = asyncio.Queue(maxsize=1)
    await full.put(1)
    fut = asyncio.get_running_loop().create_future()
    jobs = [
        ('sleep0', asyncio.sleep(0)),
        ('sleep1', asyncio.sleep(1)),
        ('lock', lock.acquire()),
        ('event', event.wait()),
        ('sem', sem.acquire()),
        ('get', empty.get()),
        ('put', full.put(2)),
        ('join', full.join()),
        ('wait_for', asyncio.wait_for(idle(), 5)),
        ('wait_for_future', asyncio.wait_for(fut, 5)),
        ('wait', asyncio.wait([fut])),
        ('group', in_group()),
    ]
    tasks = [asyncio.create_task(coro, name=name) for name, coro in jobs]
    late = asyncio.create_task(idle(), name='unstarted')
    print(masked(asyncio.format_call_graph(late)))
    await asyncio.sleep(0)
    for t in tasks:
        print(masked(asyncio.format_call_graph(t)))
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()


asyncio.run(main())
