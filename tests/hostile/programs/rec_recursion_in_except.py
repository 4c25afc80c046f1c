# Probe: recursion inside an except handler: RecursionError is caught again higher up.
def f(n):
    try:
        raise ValueError(n)
    except ValueError:
        return f(n + 1)
try:
    f(0)
except RecursionError:
    print('caught in the end')
