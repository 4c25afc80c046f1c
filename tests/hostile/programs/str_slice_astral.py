# Probe: slicing and indexing treat each astral character as one item.
s = 'a😀b😀c'
print(s[1], s[2], s[1:4], s[::-1], s[-2])
