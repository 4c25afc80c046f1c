# Probe: print's sep and end must be str or None.
try:
    print('a', 'b', sep=1)
except TypeError as e:
    print(e)
print('a', 'b', sep=None, end=None)
