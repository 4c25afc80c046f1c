# Probe: adding to a set while iterating it raises RuntimeError.
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print(e)
