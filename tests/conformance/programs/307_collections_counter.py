# Rule: Counter counts, orders most_common by count with ties in first-seen order, adds and subtracts counts, and prints in that order.
from collections import Counter

c = Counter("mississippi")
print(c, c["s"], c["z"], c.most_common(2), c.most_common(), c.total())
c.update("sip"); print(c)
c.subtract({"s": 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5), Counter(a=3, b=1) | Counter(a=1, b=5), Counter(a=3, b=1) & Counter(a=1, b=5))
print(sorted(Counter(a=2, b=-1, c=1).elements()), Counter(), str(Counter("ab")), isinstance(c, dict), type(c))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), list(Counter(words).keys()))
print(Counter({"x": 5, "y": 9}), Counter(["b", "a", "b"]) == {"b": 2, "a": 1})
