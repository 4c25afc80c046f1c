# Probe: 300,000 printed lines: CPython prints them all.
for i in range(300000):
    print(i)
