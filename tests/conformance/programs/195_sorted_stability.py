# Rule: sorted stability (a learner-style program written to probe the simulator's edges)
data = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: -p[1]))
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(sorted([3, 1.5, True, 0, -2.5]), sorted(["b", "A", "a", "B"]), sorted([[1, 2], [1], [0, 5]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello", reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)), sorted(words, key=lambda w: (len(w), w), reverse=True)[:3])
