# Rule: uncaught keyerror int (a learner-style program written to probe the simulator's edges)
d = {}
d[(1, "a")]
