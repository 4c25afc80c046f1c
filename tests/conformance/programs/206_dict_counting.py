# Rule: dict counting (a learner-style program written to probe the simulator's edges)
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv, max(counts, key=counts.get), list(counts)[::2])
nested = {"a": {"x": 1}, "b": {"y": [1, {"z": None}]}}
print(nested, nested["b"]["y"][1]["z"] is None)
m = {i: i * i for i in range(6)}
print({k: v for k, v in m.items() if v % 2}, len(m), 3 in m, 9 in m.values())
