# Rule: tasks sharing a deque of jobs and a Counter of results see each other's changes at every await.
import asyncio
from collections import Counter, deque

jobs = deque(f"job-{i}" for i in range(7))
done = Counter()
log = deque(maxlen=3)


async def worker(name):
    while jobs:
        job = jobs.popleft()
        await asyncio.sleep(0)
        done[name] += 1
        log.append((name, job))
    return name


async def main():
    names = await asyncio.gather(*(worker(f"w{i}") for i in range(3)))
    print(names)
    print(done, done.most_common(1))
    print(log, len(jobs))


asyncio.run(main())
