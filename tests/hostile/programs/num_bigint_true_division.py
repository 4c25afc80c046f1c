# Probe: true division of huge ints is exact to the float: (10**400) / (10**399) is 10.0.
print((10**400) / (10**399))
print((10**400 + 1) / 10**400)
print(2**1000 / 2**999)
