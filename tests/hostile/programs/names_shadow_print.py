# Probe: assigning to print shadows the builtin in the module.
out = []
print = out.append
print('captured')
del print
print(out)
