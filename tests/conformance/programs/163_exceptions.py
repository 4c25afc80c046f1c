# Rule: exceptions (a learner-style program written to probe the simulator's edges)
def a():
    try:
        return "try"
    finally:
        return "finally"
print(a())
def b():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    finally:
        print("fin runs")
print(b())
try:
    try:
        raise KeyError("missing")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), str(e.__cause__), e.args)
e = KeyError("k")
print(str(e), repr(e), str(KeyError()), repr(ValueError()), str(ValueError(1, 2)), ValueError(1, 2).args)
try:
    [][0]
except (KeyError, IndexError) as err:
    print("caught", type(err).__name__, err)
def c():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        raise
try:
    c()
except Exception as e:
    print("reraised", e, isinstance(e, ValueError), isinstance(e, Exception))
print(repr(Exception("a", "b")), str(Exception()), repr(RuntimeError("q'x")))
