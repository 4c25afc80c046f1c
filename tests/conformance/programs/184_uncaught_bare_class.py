# Rule: uncaught bare class (a learner-style program written to probe the simulator's edges)
print("x")
raise ValueError
