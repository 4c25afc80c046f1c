# Probe: a comprehension over a list it appends to via a side effect.
l = [1, 2, 3]
r = [l.append(x) or x for x in l if len(l) < 6]
print(r, l)
