# Probe: split() with no argument splits on Unicode whitespace too.
print('a\u3000b\u00a0c\td'.split())
print(' x  y '.split(' '))
