# Probe: del of a builtin name in the module is a NameError (the name is not a module global).
try:
    del len
except NameError as e:
    print(e)
print(len([1]))
