# Probe: popping the end while iterating ends the loop early.
l = [1, 2, 3, 4, 5]
for x in l:
    print(x)
    l.pop()
print(l)
