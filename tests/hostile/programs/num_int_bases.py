# Probe: int() with bases, prefixes and underscores.
print(int('ff', 16), int('0x1F', 0), int('0b101', 0), int('z', 36), int('1_000'), int(' 42 '))
