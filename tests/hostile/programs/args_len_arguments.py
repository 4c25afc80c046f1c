# Probe: len() with no or two arguments, and of an int, are TypeErrors.
for args in [(), ([], []), (5,)]:
    try:
        len(*args)
    except TypeError as e:
        print(e)
