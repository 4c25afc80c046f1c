# Probe: shadowing list and range in the module, then deleting them, restores the builtins.
list = 'not a list'
range = 3
print(list, range)
del list, range
print(list(range(3)))
