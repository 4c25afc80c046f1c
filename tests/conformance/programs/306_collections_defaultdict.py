# Rule: defaultdict calls its factory for a missing key and stores the result; it is a dict, and prints as defaultdict(factory, {...}).
from collections import defaultdict

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd["z"], len(dd), isinstance(dd, dict), dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.get("q"), "q" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"], dict(nested["a"]))
try:
    defaultdict()[1]
except KeyError as e:
    print("KeyError", e)

