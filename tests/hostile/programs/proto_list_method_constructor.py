# Probe: [].constructor is an AttributeError, not the JavaScript Array constructor.
try:
    print([].constructor)
except AttributeError as e:
    print(e)
