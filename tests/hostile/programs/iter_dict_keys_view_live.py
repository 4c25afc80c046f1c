# Probe: dict views are live: a view made before an insert shows it.
d = {'a': 1}
k = d.keys()
v = d.values()
d['b'] = 2
print(list(k), list(v), len(k))
