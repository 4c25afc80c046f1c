# Rule: lambda closure (a learner-style program written to probe the simulator's edges)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make(n):
    def add(x):
        return x + n
    return add
add5 = make(5)
print(add5(1), make(10)(2))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
f = lambda a, b=2, *rest: (a, b, rest)
print(f(1), f(1, 3), f(1, 3, 4, 5))
sq = list(map(lambda v: v * v, [1, 2, 3]))
print(sq, list(filter(lambda v: v % 2, range(6))))
