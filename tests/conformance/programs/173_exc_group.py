# Rule: exc group (a learner-style program written to probe the simulator's edges)
eg = ExceptionGroup("many", [ValueError("a"), KeyError("b")])
print(str(eg), repr(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except ExceptionGroup as g:
    print([type(e).__name__ for e in g.exceptions])
raise ExceptionGroup("top", [RuntimeError("r")])
