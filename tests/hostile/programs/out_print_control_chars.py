# Probe: printing carriage returns, NUL and escape characters passes them through unchanged.
print('a\rb\x00c\x1b[31mred\x1b[0m\bz')
