# Rule: uncaught in except (a learner-style program written to probe the simulator's edges)
try:
    1 / 0
except ZeroDivisionError:
    print(undefined)
