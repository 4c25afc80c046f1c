# Probe: getattr(1, 'toString') must raise AttributeError, not reach a JavaScript method.
try:
    print(getattr(1, 'toString')())
except AttributeError as e:
    print('AttributeError:', e)
