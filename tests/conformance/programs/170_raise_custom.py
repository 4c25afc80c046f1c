# Rule: raise custom (a learner-style program written to probe the simulator's edges)
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n!r}")
    return n
print(check(3))
check(-2)
