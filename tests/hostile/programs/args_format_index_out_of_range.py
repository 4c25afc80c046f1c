# Probe: a format field past the arguments is an IndexError.
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '{5}'.format(1)
except IndexError as e:
    print(e)
