# Probe: printing the repr of a 100,000-item list.
print(list(range(100000)))
