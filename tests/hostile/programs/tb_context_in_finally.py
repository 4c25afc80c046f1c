# Probe: an exception raised inside finally keeps the first one as __context__.
try:
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
except KeyError as e:
    print(repr(e), repr(e.__context__))
