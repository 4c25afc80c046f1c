# Probe: an uncaught exception raised while handling another: the last stderr line is the second.
try:
    raise ValueError('inner')
except ValueError:
    raise KeyError('outer')
