# Probe: for i in range(10**12) runs for hours in CPython; the simulator stops it.
# hostile: runs-on
total = 0
for i in range(10**12):
    total += i
print(total)
