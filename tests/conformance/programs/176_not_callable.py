# Rule: not callable (a learner-style program written to probe the simulator's edges)
x = 5
x()
