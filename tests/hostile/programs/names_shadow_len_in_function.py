# Probe: a local named len shadows the builtin only inside its function.
def f():
    len = 5
    return len
print(f(), len('abc'))
