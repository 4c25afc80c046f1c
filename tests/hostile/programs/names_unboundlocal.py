# Probe: assigning a name later in a function makes an earlier read an UnboundLocalError.
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(e)
