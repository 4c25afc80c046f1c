# Rule: dict views (a learner-style program written to probe the simulator's edges)
m = {"a": 1, "b": 2}
print(1 in m.values(), ("a", 1) in m.items(), "a" in m.keys(), list(m.values()), sum(m.values()), max(m.values()))
print(sorted(m.values(), reverse=True), len(m.items()), [k for k in m.keys()], set(m.keys()) == {"a", "b"})
for v in m.values():
    print(v, end=" ")
print()
print(dict(m.items()), tuple(m), any(v > 1 for v in m.values()), min(m.items()))
