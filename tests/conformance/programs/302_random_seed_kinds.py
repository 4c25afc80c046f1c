# Rule: int, negative, huge, bool, float and str seeds (version 2 hashes a str with sha512) seed as CPython does; Random instances keep separate states, and getstate/setstate replays.
import random

for seed in [0, 1, -1, 12345, 2**32, 2**64 + 1, -(10**40), True, False, 3.0, 0.5, -7.25, 1e300, float("inf"), "", "hello", "héllo wörld ✓", "a" * 300]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(1, 100))

random.seed("spam", version=1)
print(random.random())

a = random.Random(99)
b = random.Random(99)
c = random.Random("99")
print(a.random() == b.random(), a.random(), c.random())
print(type(a).__name__, isinstance(a, random.Random))
b.seed(5)
print(b.randrange(1000))

state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)], len(state), state[0], len(state[1]))
random.seed(None)
random.seed(42)
print(random.random())
