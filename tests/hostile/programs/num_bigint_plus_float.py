# Probe: a huge int plus a float raises OverflowError.
try:
    print(10**400 + 0.5)
except OverflowError as e:
    print(e)
