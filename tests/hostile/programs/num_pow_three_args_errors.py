# Probe: pow(2, 3, 0) and pow(2, -1, 4) raise ValueError; floats with a modulus a TypeError.
for args in [(2, 3, 0), (2, -1, 4)]:
    try:
        pow(*args)
    except ValueError as e:
        print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
