# Probe: removing from a list while looping over it skips items (the loop is live, not a snapshot).
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
