# Probe: zip over a list that is shortened while iterating.
a = [1, 2, 3, 4]
b = 'wxyz'
out = []
for x, y in zip(a, b):
    out.append((x, y))
    if x == 2:
        del a[-1]
print(out)
