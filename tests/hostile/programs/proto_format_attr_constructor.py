# Probe: '{0.constructor}'.format(1) is an AttributeError.
try:
    print('{0.constructor}'.format(1))
except AttributeError as e:
    print('AttributeError:', e)
