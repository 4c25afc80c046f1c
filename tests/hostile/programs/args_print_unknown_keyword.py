# Probe: print('x', foo=1) is a TypeError: print has no keyword foo.
try:
    print('x', foo=1)
except TypeError as e:
    print(e)
