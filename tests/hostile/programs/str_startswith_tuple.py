# Probe: startswith and endswith take a tuple of prefixes.
print('hello'.startswith(('x', 'he')), 'hello'.endswith(('lo', 'z')), 'hello'.startswith('l', 2))
