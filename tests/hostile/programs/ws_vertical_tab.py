# Probe: a vertical tab inside an expression is whitespace.
print(1 +2)
