# Probe: 1, 1.0 and True are the same dict key.
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
