# Rule: uncaught keyerror (a learner-style program written to probe the simulator's edges)
d = {"a": 1}
print(d["missing key"])
