# Rule: modulo zero msgs (a learner-style program written to probe the simulator's edges)
for f in [lambda: 5 % 0, lambda: 5 // 0, lambda: 5 / 0, lambda: 5.0 % 0, lambda: 5.0 // 0, lambda: divmod(5, 0), lambda: 2 ** "a", lambda: pow(2, "a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
