# Rule: bad calls into random raise CPython's exceptions with CPython's messages.
# (randrange's empty-range and non-integer messages and seed's type message were reworded in
# 3.12; the simulator words them as 3.11 does, so they are left out here.)
import random

random.seed(1)
attempts = [
    lambda: random.choice([]),
    lambda: random.choice(range(0)),
    lambda: random.choice({1, 2}),
    lambda: random.choice(5),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], -1),
    lambda: random.randrange(0),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randint(1),
    lambda: random.randint(1, 2, 3),
    lambda: random.randint(1, b=2, c=3),
    lambda: random.random(1),
    lambda: random.getrandbits(-1),
    lambda: random.getrandbits(2.0),
    lambda: random.getrandbits(),
    lambda: random.seed(1, 2, 3),
    lambda: random.shuffle((1, 2, 3)),
    lambda: random.uniform("a", 1),
    lambda: random.choices([], k=1),
    lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1, 2], 2),
    lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.sample([1, 2], counts=[1], k=1),
    lambda: random.Random(1, 2),
]
for attempt in attempts:
    try:
        print("returned", attempt())
    except Exception as e:
        print(type(e).__name__, e)
print(random.randrange(3, 4), random.randint(7, 7), random.choice({0: "zero", 1: "one"}))
print(random.random())
