# Rule: int parse (a learner-style program written to probe the simulator's edges)
print(int("12"))
print(int("twelve"))
