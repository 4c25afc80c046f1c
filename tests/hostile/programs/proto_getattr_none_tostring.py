# Probe: getattr(None, 'toString', 'no') returns the default.
print(getattr(None, 'toString', 'no'))
print(getattr(True, 'valueOf', 'no'))
