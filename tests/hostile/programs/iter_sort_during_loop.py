# Probe: sorting the list inside its own loop changes what the loop sees next.
l = [3, 1, 2]
out = []
for x in l:
    out.append(x)
    l.sort()
print(out)
