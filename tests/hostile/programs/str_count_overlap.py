# Probe: count does not count overlapping matches; the empty string counts len + 1.
print('aaaa'.count('aa'), 'abc'.count(''), '😀😀'.count(''))
