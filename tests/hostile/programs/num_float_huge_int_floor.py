# Probe: int() of a large float is exact to its binary value.
print(int(1e22), int(1e23), int(-2.5), int(2**63 + 0.0))
