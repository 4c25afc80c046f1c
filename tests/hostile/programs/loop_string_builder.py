# Probe: a loop that doubles a string without end: the simulator stops it before memory runs out.
# hostile: runs-on
s = 'x'
while True:
    s = s + s
    if len(s) > 2**24:
        s = 'x'
