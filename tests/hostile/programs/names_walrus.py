# Probe: the walrus operator binds in the enclosing scope, from a comprehension too.
data = [1, 5, 2, 8]
if (n := len(data)) > 3:
    print('long', n)
big = [y for x in data if (y := x * 2) > 4]
print(big, y)
