# Rule: uncaught chained (a learner-style program written to probe the simulator's edges)
try:
    int("x")
except ValueError:
    raise TypeError("while handling")
