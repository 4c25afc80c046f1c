# Rule: uncaught type (a learner-style program written to probe the simulator's edges)
def f(a):
    return a + 1
print(f("s"))
