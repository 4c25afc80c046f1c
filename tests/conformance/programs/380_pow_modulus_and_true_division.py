# Rule: pow(a, b, m) is modular (the result takes m's sign, a negative exponent inverts), and int / int is correctly rounded however big the ints, with OverflowError past a float.
print(pow(3, 4, 5), pow(2, 100, 7), pow(3, -1, 7), pow(-2, 3, 5), pow(3, 4, -5), pow(2, 3, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, 3, None), pow(2, -2))
print((10**400) / (10**399), (10**400 + 1) / 10**400, 2**1000 / 2**999)
print(0 / -10**400, -10**400 / 10**399, 1 / 10**400, 3 / 2**1075, 1 / 2**1075, 5 / 2**1076)
print((2**1024 - 2**970 - 1) / 1, 10**40 / 3, (10**30 + 7) / 10**29)
for a, b in [(10**400, 1), (2**1024 - 2**970, 1), (10**400, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    print((10**400) ** -1)
except OverflowError as e:
    print(type(e).__name__, e)
