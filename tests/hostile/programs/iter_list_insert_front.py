# Probe: inserting at the front while iterating revisits the same item.
l = [1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if len(l) < 6:
        l.insert(0, 0)
print(seen, l)
