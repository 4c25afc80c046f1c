# Rule: collections.deque appends, pops and rotates at both ends, honours maxlen, and prints and fails as CPython's does.
from collections import deque, Counter, defaultdict

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], 3 in d, list(d), d.maxlen)
d.rotate(2); print(d); d.rotate(-1); print(d)
print(d.pop(), d.popleft(), d, bool(deque()), bool(d))
d[0] = 'x'; print(d, d.count(3), d.index(3))
d.extend([7, 8]); d.extendleft([9, 10]); print(d)
q = deque()
for i in range(3): q.append(i)
while q: print("got", q.popleft())
print(deque('abc'), deque([], 0), repr(deque(range(3), 2)), type(d), type(d).__name__)
for f in [lambda: deque().pop(), lambda: deque([1]).remove(2), lambda: deque([1])[5], lambda: deque(maxlen=-1), lambda: deque(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

print("equal:", deque([1,2]) == deque([1,2]), deque([1,2]) == [1,2], deque([1,2]) < deque([1,3]), deque([1]) != deque([1, 0]), deque("ab") == deque("ab", maxlen=5))
