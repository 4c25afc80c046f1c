# Probe: ljust/rjust/center pad an astral character as one code point.
print('[' + '😀'.ljust(3, '.') + ']')
print('[' + '😀'.rjust(3, '.') + ']')
print('[' + '😀'.center(5, '.') + ']')
