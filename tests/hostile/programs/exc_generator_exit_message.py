# Probe: next() on an exhausted iterator with a default, and without.
it = iter([])
print(next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
