# Probe: sorting a list of mixed int and str is a TypeError.
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(e)
