# Probe: print with sep, end and flush in one call.
print(1, 2, 3, sep='--', end='!\n', flush=True)
print(*[], sep='x')
print(*'abc')
