# Probe: nan compares unequal to itself; a list containing it still finds it by identity.
n = float('nan')
print(n == n, n != n, n < 1, [n] == [n], n in [n], max(1, n), max(n, 1))
