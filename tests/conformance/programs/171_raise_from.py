# Rule: raise from (a learner-style program written to probe the simulator's edges)
try:
    {}["x"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e
