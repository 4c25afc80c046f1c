# Rule: uncaught name (a learner-style program written to probe the simulator's edges)
x = 1
print("before")
print(y)
