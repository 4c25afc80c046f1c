# Probe: // and % round toward negative infinity, for ints and floats.
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, divmod(-7, 3))
