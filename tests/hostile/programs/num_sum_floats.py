# Probe: sum of floats accumulates like CPython 3.11 (no compensated summation before 3.12).
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
