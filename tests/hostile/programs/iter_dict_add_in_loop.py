# Probe: adding a key to a dict while iterating it raises RuntimeError.
d = {'a': 1}
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print(e)
print(len(d))
