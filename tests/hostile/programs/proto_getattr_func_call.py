# Probe: a function object has no 'call' or 'apply' attribute.
def f():
    return 1
print(hasattr(f, 'call'), hasattr(f, 'apply'), hasattr(f, 'bind'))
print(hasattr(f, '__name__'), f.__name__)
