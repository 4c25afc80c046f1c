# Rule: int base (a learner-style program written to probe the simulator's edges)
print(int("z", 36), int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("12", 3), int("g", 17))
