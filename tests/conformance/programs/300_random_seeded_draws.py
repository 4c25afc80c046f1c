# Rule: random.seed(n) fixes every later draw: random, randint, randrange, choice, uniform and getrandbits give CPython's numbers.
import random

random.seed(2024)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 5), random.randrange(100, 0, -7))
print(random.randrange(10**20), random.randint(-10**12, 10**12))
print(random.choice(["red", "green", "blue"]), random.choice("xyz"), random.choice(range(1000)), random.choice((1.5, 2.5)))
print(random.uniform(1, 10), random.uniform(-2.5, 2.5), random.uniform(5, 5))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200), random.getrandbits(0))
print(round(random.triangular(0, 10, 2), 6), random.triangular())

random.seed(2024)
print(random.random())
