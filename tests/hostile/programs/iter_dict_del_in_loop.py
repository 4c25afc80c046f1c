# Probe: deleting a key from a dict while iterating it raises RuntimeError.
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
print(d)
