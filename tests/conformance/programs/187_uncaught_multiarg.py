# Rule: uncaught multiarg (a learner-style program written to probe the simulator's edges)
raise ValueError("a", 2)
