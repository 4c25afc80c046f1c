# Probe: an explicit list iterator sees items appended after it was made.
l = [1]
it = iter(l)
l.append(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
l.append(3)
try:
    print(next(it))
except StopIteration:
    print('still done')
