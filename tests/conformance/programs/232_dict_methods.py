# Rule: dict methods (a learner-style program written to probe the simulator's edges)
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("e", 5))
print(d.pop("b"), d.pop("zz", "dflt"), d)
d.update({"a": 10, "f": 6})
d.update(g=7)
print(list(d.items()), list(d.keys()), list(d.values()))
print(d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, v, end="; ")
print()
print("a" in d, 10 in d, len(d), dict(zip("xy", [1, 2])), {k: v for k, v in [(1, 2)]})
del d["a"]
d["a"] = 0
print(d, sorted(d), max(d, key=d.get))
print({1: "a", True: "b", 1.0: "c"})
