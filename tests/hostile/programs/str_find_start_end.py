# Probe: find with start and end, negative ones included.
s = 'hello world'
print(s.find('o', 5), s.find('o', -3), s.find('o', 0, 4), s.rfind('o', 0, 6), s.find('', 20))
