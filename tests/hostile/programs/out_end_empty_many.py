# Probe: 50,000 prints with end='' make one long line.
for i in range(50000):
    print(i % 10, end='')
print()
