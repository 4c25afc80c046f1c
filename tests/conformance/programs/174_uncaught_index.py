# Rule: uncaught index (a learner-style program written to probe the simulator's edges)
items = ["a", "b"]
for i in range(3):
    print(items[i])
