# Probe: a range of 10**30 items indexes exactly.
r = range(10**30)
print(r[10**29], r[-1], range(0, 10**20, 3)[-1])
