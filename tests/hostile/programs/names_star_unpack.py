# Probe: starred unpacking and its errors.
a, *b, c = range(5)
print(a, b, c)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
