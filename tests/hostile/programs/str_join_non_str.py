# Probe: join of a list with an int is a TypeError naming the position.
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
