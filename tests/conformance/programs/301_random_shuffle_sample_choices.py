# Rule: shuffle, sample (both its pool and its set strategy, and counts=) and choices (plain, weights=, cum_weights=) draw as Lib/random.py does.
import random

random.seed(7)
cards = list(range(1, 14))
random.shuffle(cards)
print(cards)
empty = []
random.shuffle(empty)
print(empty)
print(random.sample(range(10), 10))
print(random.sample(["a", "b", "c", "d"], 2))
print(random.sample(range(1_000_000), 8))
print(random.sample(range(100), 30))
print(random.sample("abcdefgh", k=3))
print(random.sample(["x", "y"], counts=[3, 2], k=4))
print(random.choices("HT", k=12))
print(random.choices(["low", "mid", "high"], [1, 3, 6], k=8))
print(random.choices([10, 20, 30], cum_weights=[0.5, 0.75, 1.0], k=5))
print(random.choices(range(5)))
print(random.choices([1, 2], weights=[0, 1], k=3))
