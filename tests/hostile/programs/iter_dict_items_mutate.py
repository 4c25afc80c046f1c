# Probe: changing a dict's size while iterating its items() raises RuntimeError.
d = {'x': 1, 'y': 2}
try:
    for k, v in d.items():
        d.pop('y', None)
except RuntimeError as e:
    print(e)
print(d)
