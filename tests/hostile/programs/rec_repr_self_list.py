# Probe: repr of self-referencing containers prints [...] and {...}.
l = [1]
l.append(l)
d = {'k': 1}
d['self'] = d
print(l, d)
