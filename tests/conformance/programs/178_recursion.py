# Rule: recursion (a learner-style program written to probe the simulator's edges)
def f(n):
    return f(n + 1)
f(0)
