# Rule: a dict or set that changes size while it is iterated raises RuntimeError at its iterator's next step, and at every step after; a dict whose keys change at the same size raises 'dictionary keys changed during iteration'; assigning to keys it already has is allowed.
import asyncio

d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] *= 10
print(d)

it = iter(d)
print(next(it))
d['z'] = 0
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(attempt, e)

d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k, v in d.items():
        if v == 2:
            del d['c']
except RuntimeError as e:
    print(e, d)

d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    if k == 'b':
        d.pop(k)
        break
print(d)

d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k.upper()] = d.pop(k)
except RuntimeError as e:
    print(e, d)

d = {'a': 1, 'b': 2, 'c': 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(e, sorted(s))

s = {4, 5, 6}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e, sorted(s))
print(sum(x for x in s), sorted(s.copy()))


async def watcher(registry):
    try:
        for name in registry:
            print('checking', name)
            await asyncio.sleep(0)
    except RuntimeError as e:
        print('watcher:', e)


async def main():
    registry = {'db': 1, 'cache': 2, 'queue': 3}
    w = asyncio.create_task(watcher(registry))
    await asyncio.sleep(0)
    registry['search'] = 4
    print('registered search')
    await w
    for name in list(registry):
        print('copy', name)
        await asyncio.sleep(0)


asyncio.run(main())
