# Rule: a for loop over a list reads the live list at every step (an index checked against its current length), so what the body, or another task while the loop awaits, appends, removes or sorts changes what comes next; sort empties the list while it runs.
import asyncio

l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2:
        l.remove(x)
print(l)

l = [1, 2, 3]
it = iter(l)
print(next(it))
l.insert(0, 0)
print(next(it), list(it))
l.append(4)
print(list(it), l)

l = ['a', 'b', 'c', 'd']
r = reversed(l)
print(next(r))
del l[2:]
print(list(r))

words = ['x']
for i, w in enumerate(words):
    if len(words) < 4:
        words.append(w + str(i))
print(words)

l = [5, 3, 1]
seen = []
for x in l:
    seen.append(x)
    l.sort()
print(seen, l)

print(list(zip(l, l[1:])), [x for x in l if l.count(x) == 1])

def peek(x):
    print('key sees', l)
    return -x

l.sort(key=peek)
print(l)

def grow(x):
    l.append(x)
    return x

try:
    l.sort(key=grow)
except ValueError as e:
    print(e, l)


async def producer(jobs):
    for n in range(3):
        jobs.append(f'job{n}')
        print('queued', jobs[-1])
        await asyncio.sleep(0)


async def main():
    jobs = ['first']
    t = asyncio.create_task(producer(jobs))
    for j in jobs:
        print('running', j)
        await asyncio.sleep(0)
    await t
    print('left', jobs)


asyncio.run(main())
