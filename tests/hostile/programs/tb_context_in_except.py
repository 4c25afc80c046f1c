# Probe: an exception raised in an except block has the handled one as __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
