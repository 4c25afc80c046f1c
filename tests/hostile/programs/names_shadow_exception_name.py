# Probe: a variable named ValueError shadows the exception class.
ValueError = KeyError
try:
    {}['k']
except ValueError as e:
    print('caught as shadowed name', repr(e))
