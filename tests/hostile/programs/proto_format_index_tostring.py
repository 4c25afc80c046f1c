# Probe: '{0[toString]}'.format({}) is a KeyError, not a JavaScript function printed as None.
try:
    print('{0[toString]}'.format({}))
except KeyError as e:
    print('KeyError', e)
