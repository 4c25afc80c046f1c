# Rule: bad operand (a learner-style program written to probe the simulator's edges)
print([1, 2] - [1])
