# Probe: len(range(10**30)) raises OverflowError (it does not fit a C ssize_t).
try:
    print(len(range(10**30)))
except OverflowError as e:
    print(e)
