# Probe: str.index raises ValueError with CPython's message.
try:
    'abc'.index('z')
except ValueError as e:
    print(e)
