# Probe: enumerate over a list that grows while iterating.
l = ['a']
for i, x in enumerate(l):
    if i < 3:
        l.append(x * 2)
print(l)
