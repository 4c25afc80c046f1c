# Rule: uncaught attr (a learner-style program written to probe the simulator's edges)
x = [1, 2]
x.push(3)
