# Probe: mutating a list from the key function during sort raises ValueError.
l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
