# Probe: return inside finally swallows the exception.
def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f())
