# Probe: '{0}{}'.format(1, 2) mixes manual and automatic numbering: a ValueError.
try:
    print('{0}{}'.format(1, 2))
except ValueError as e:
    print(e)
try:
    print('{}{1}'.format(1, 2))
except ValueError as e:
    print(e)
