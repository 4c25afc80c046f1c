# Probe: slicing a range gives a range.
print(range(10)[2:8:2], range(10)[::-1], list(range(20)[-3:]))
