# Probe: popping and re-adding a key keeps the size, yet the keys change: CPython 3.11 raises.
d = {'a': 1, 'b': 2}
try:
    for k in d:
        v = d.pop(k)
        d[k + '!'] = v
except RuntimeError as e:
    print(e)
print(d)
