# Probe: raise ... from None suppresses the context but still records it.
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('clean') from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
