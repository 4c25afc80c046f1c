# Probe: mutual recursion past the limit raises RecursionError.
def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
try:
    a(0)
except RecursionError:
    print('mutual recursion stopped')
