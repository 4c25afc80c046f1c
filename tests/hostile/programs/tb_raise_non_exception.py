# Probe: raising something that is not an exception is a TypeError.
try:
    raise 5
except TypeError as e:
    print(e)
