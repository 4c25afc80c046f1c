# Probe: %-formatting with too few or too many arguments raises TypeError.
for fmt, args in [('%s %s', (1,)), ('%s', (1, 2)), ('%d', ('x',))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print(e)
