# Probe: a form feed between statements on their own line is whitespace.
x = 1

print(x)
