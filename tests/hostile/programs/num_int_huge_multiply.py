# Probe: big-int products are exact.
a = 12345678901234567890123456789
print(a * a, a * a // a == a, (a * a) % 1000003)
