# Probe: discarding from a set while iterating it raises RuntimeError.
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
print(len(s))
