# Probe: a non-breaking space in code is an invalid character: a SyntaxError.
x = 1
print(x)
