# Probe: float(10**400) raises OverflowError.
try:
    float(10**400)
except OverflowError as e:
    print(e)
