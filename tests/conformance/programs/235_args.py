# Rule: args (a learner-style program written to probe the simulator's edges)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(*args):
    return len(args), args
print(g(), g(*[1, 2], 3), g(*"ab"))
def h(x, y):
    return x - y
print(h(y=1, x=10), h(*(5, 2)), h(**{"x": 3, "y": 1}))
