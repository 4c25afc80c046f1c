# Probe: nested finally blocks run innermost first, then the exception propagates.
def f():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    finally:
        print('outer finally')
try:
    f()
except KeyError as e:
    print('caught', e)
