# Rule: unbound local (a learner-style program written to probe the simulator's edges)
count = 0
def inc():
    count += 1
inc()
