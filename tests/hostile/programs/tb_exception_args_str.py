# Probe: str and repr of exceptions with zero, one and several args.
print(repr(str(ValueError())), str(ValueError('a')), str(ValueError('a', 1)), repr(KeyError('k')), str(KeyError('k')))
