# Probe: 10**400 / 1 overflows to an OverflowError, not inf.
try:
    print(10**400 / 1)
except OverflowError as e:
    print(e)
