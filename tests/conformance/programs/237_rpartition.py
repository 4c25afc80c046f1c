# Rule: rpartition (a learner-style program written to probe the simulator's edges)
print("a-b-c".rpartition("-"), "abc".rpartition("x"))
