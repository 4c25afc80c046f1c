# Probe: bitwise operations on negative and huge ints.
print(-5 & 3, -5 | 3, -5 ^ 3, ~5, -1 >> 10, 1 << 100, (2**100) & (2**100 - 1), -(2**70) >> 3)
