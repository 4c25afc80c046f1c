# Probe: min and max with mixed types raise TypeError; with a key they work.
try:
    max(1, 'a')
except TypeError as e:
    print(e)
print(max(['aa', 'b'], key=len), min([], default='none'))
