# Probe: print('x' * 10**7): CPython prints ten million characters at once.
print('x' * 10**7)
