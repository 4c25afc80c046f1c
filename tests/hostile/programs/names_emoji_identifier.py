# Probe: an emoji is not a valid identifier: a SyntaxError.
😀 = 1
print(😀)
