# Probe: membership of prototype names in a set of ordinary strings.
s = {'a', 'b'}
print('constructor' in s, '__proto__' in s, 'a' in s)
