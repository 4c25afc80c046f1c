# Rule: assert (a learner-style program written to probe the simulator's edges)
assert 1 == 1
print("ok")
assert 1 == 2, "math is broken"
