# Probe: bools are ints in arithmetic.
print(True + True, True * 3, -True, True / 2, sum([True, True, False]), True == 1, hash(True) == hash(1))
