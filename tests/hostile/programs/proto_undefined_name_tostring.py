# Probe: using an unbound name toString is a NameError, not a JavaScript global.
try:
    print(toString)
except NameError as e:
    print(e)
