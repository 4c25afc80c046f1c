# Probe: comparing a huge int with a float is exact, infinity included.
print(10**400 > 1e308, 10**400 < float('inf'), 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(10**400 == float('inf'), -10**400 < float('-inf'))
