# Probe: 2.0 ** 10000 overflows with OverflowError; 2 ** -1 is a float.
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(e)
print(2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
