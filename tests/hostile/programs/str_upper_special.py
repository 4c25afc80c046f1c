# Probe: upper() of ß is SS and of ﬁ is FI: the result can be longer.
print('ß'.upper(), len('ß'.upper()), 'ﬁ'.upper(), 'ŉ'.upper())
