# Rule: uncaught empty msg (a learner-style program written to probe the simulator's edges)
raise RuntimeError("")
