# Probe: a list as a dict key or set member is a TypeError.
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {1, [2]}
except TypeError as e:
    print(e)
