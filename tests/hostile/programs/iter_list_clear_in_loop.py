# Probe: clearing a list inside its loop ends the loop after the current item.
l = [1, 2, 3]
for x in l:
    print(x)
    l.clear()
print(l)
