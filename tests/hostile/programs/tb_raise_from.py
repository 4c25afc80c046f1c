# Probe: raise ... from sets __cause__ and __suppress_context__.
try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
