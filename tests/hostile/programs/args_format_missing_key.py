# Probe: a named format field without its keyword is a KeyError.
try:
    '{name}'.format(nom=1)
except KeyError as e:
    print('KeyError', e)
