# Rule: bool format (a learner-style program written to probe the simulator's edges)
ok = True
print(f"{ok}", f"{ok:>6}", f"{ok!s:>6}", "{:>6}".format(False), f"{ok:d}", format(True, "^5"), str(ok).rjust(6))
