# Probe: bad int() bases and digits raise ValueError with CPython's messages.
for args in [('12', 1), ('12', 37), ('9', 8), ('0x10', 10), ('', 10), ('1__0', 10)]:
    try:
        int(*args)
    except ValueError as e:
        print(e)
