# Probe: assigning to existing keys while iterating is allowed (the size does not change).
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
