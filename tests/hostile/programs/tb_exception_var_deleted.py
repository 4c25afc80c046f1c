# Probe: the name bound by 'except ... as e' is deleted when the block ends.
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
