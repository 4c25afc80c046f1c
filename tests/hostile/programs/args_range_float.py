# Probe: range() rejects floats and a zero step.
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
