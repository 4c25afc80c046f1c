# Probe: the name Object is unbound in Python (a NameError), whatever the host language has.
try:
    Object
except NameError as e:
    print(e)
try:
    undefined
except NameError as e:
    print(e)
