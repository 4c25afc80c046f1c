# Probe: zfill counts an astral character as one code point.
print('𝟘'.zfill(4))
print('-5'.zfill(4), '+x'.zfill(4))
