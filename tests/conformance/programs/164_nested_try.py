# Rule: nested try (a learner-style program written to probe the simulator's edges)
for i in range(4):
    try:
        try:
            if i == 0:
                raise ValueError("v")
            if i == 1:
                raise KeyError("k")
            if i == 2:
                raise TypeError("t")
        except ValueError as e:
            print("inner caught", e)
        else:
            print("inner else")
        finally:
            print("inner finally", i)
    except KeyError as e:
        print("outer caught", repr(e))
    except Exception as e:
        print("outer generic", type(e).__name__)
    else:
        print("outer else")
while True:
    try:
        break
    finally:
        print("finally on break")
for i in range(3):
    try:
        continue
    finally:
        print("cont", i)
