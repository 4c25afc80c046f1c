# Probe: appending inside a for loop extends the iteration.
l = [1, 2]
for x in l:
    if x < 5:
        l.append(x + 2)
print(l)
