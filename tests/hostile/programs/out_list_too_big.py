# Probe: [0] * 10**12 raises MemoryError in CPython.
try:
    x = [0] * 10**12
    print(len(x))
except MemoryError:
    print('MemoryError')
