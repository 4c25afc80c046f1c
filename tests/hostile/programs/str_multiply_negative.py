# Probe: a string times a negative number is empty; times a float is a TypeError.
print(repr('ab' * -3), repr('ab' * 0))
try:
    'ab' * 1.5
except TypeError as e:
    print(e)
