# Probe: calling a function with too many or missing arguments names them.
def f(a, b=1, *, c):
    return a + b + c
for call in [lambda: f(), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, d=2), lambda: f(1, a=2, c=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(f(1, c=2))
