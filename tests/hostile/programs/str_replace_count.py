# Probe: replace with a count and with an empty pattern.
print('aaaa'.replace('a', 'b', 2), 'ab'.replace('', '-'), '😀😀'.replace('', '|'))
