# Rule: exc str (a learner-style program written to probe the simulator's edges)
excs = [ValueError(), ValueError(""), ValueError("a"), ValueError("a", 1), KeyError(1), KeyError("it's"), KeyError(), KeyError("a", "b"),
        RuntimeError(None), Exception([1, 2]), TimeoutError(), IndexError("list index out of range"), TypeError(3.5), ZeroDivisionError("x")]
for e in excs:
    print(repr(str(e)), repr(e), e.args)
try:
    raise ValueError
except ValueError as e:
    print("bare class:", repr(e), repr(str(e)))
try:
    raise KeyError
except Exception as e:
    print(type(e).__name__, e.args)
