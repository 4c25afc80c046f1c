# Probe: partition, rpartition and rsplit with a limit.
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='))
print('a,b,c,d'.rsplit(',', 2), 'a,b,c'.split(',', -1))
