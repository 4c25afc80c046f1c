# Probe: slice assignment during iteration changes what the loop sees next.
l = [1, 2, 3, 4]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l[1:] = [9, 8]
print(out, l)
