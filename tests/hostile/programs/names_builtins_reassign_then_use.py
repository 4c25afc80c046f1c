# Probe: rebinding str in a function, then using str() there, is an UnboundLocalError or the new value.
def f():
    s = str(5)
    str = 'shadow'
    return s
try:
    f()
except UnboundLocalError as e:
    print(e)
