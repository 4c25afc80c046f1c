# Probe: membership in a huge range is computed, not iterated.
r = range(0, 10**30, 7)
print(7 * 10**20 in r, 7 * 10**20 + 1 in r, r.index(70))
