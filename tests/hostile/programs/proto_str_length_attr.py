# Probe: 'abc'.length is an AttributeError; len() is how Python asks.
try:
    print('abc'.length)
except AttributeError as e:
    print(e)
print(len('abc'))
