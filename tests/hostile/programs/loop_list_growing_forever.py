# Probe: a for loop over a list it appends to never ends under CPython.
# hostile: runs-on
l = [0]
for x in l:
    l.append(0)
