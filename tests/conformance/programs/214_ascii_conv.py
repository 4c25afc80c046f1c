# Rule: ascii conv (a learner-style program written to probe the simulator's edges)
print(ascii("é"), f"{'한'!a}", ascii(["ü", 1]), ascii("plain"))
