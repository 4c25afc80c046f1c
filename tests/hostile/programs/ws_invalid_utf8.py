# Probe: an invalid UTF-8 byte: CPython refuses the file with a SyntaxError.
print('ÿ')
