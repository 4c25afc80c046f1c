# Probe: an exception passing through a finally that runs statements is reported at its raise line.
def f():
    try:
        raise ValueError('from line 4')
    finally:
        x = 1
        y = 2
try:
    f()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_lineno)
