# Probe: 'x' * 10**13 raises MemoryError or OverflowError in CPython; never a host crash.
try:
    s = 'x' * 10**13
    print(len(s))
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
