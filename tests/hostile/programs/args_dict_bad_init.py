# Probe: dict() from a sequence of wrong-length items is a ValueError.
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
