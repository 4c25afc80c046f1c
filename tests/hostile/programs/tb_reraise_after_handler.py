# Probe: a bare raise in a function called from an except block re-raises the handled exception.
def again():
    raise
try:
    try:
        raise ValueError('v')
    except ValueError:
        again()
except ValueError as e:
    print('re-raised', e)
