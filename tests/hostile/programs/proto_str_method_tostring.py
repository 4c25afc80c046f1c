# Probe: 'abc'.toString() is an AttributeError naming the str type.
try:
    'abc'.toString()
except AttributeError as e:
    print(e)
