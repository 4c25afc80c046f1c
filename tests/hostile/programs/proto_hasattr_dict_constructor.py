# Probe: hasattr({}, 'constructor') is False: a dict has no attribute named constructor.
print(hasattr({}, 'constructor'))
print(hasattr([], 'constructor'))
print(hasattr('s', 'constructor'))
