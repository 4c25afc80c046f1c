# Probe: bool([], 3) is a TypeError: bool takes at most one argument.
try:
    print(bool([], 3))
except TypeError as e:
    print(e)
