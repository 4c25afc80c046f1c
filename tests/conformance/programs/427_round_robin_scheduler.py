# Rule: generators as hand-rolled coroutines: a round-robin scheduler of bare-yield generators runs their steps interleaved in FIFO order, and StopIteration tells it a task finished, as in pre-asyncio tutorials.
from collections import deque


def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} result"


def scheduler(tasks):
    ready = deque(tasks)
    results = []
    while ready:
        current = ready.popleft()
        try:
            next(current)
        except StopIteration as stop:
            print("finished:", stop.value)
            results.append(stop.value)
        else:
            ready.append(current)
    return results


print(scheduler([task("a", 3), task("b", 1), task("c", 2)]))
