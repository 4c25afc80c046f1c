# Rule: uncaught zero (a learner-style program written to probe the simulator's edges)
print(10 % 0)
