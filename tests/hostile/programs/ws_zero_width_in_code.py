# Probe: a zero-width space in code is an invalid character.
x​ = 1
print(1)
