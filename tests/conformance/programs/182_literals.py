# Rule: literals (a learner-style program written to probe the simulator's edges)
print(1_000_000, 0o17, 0x_ff, 0b1_0, 1e-3, .5, 5., 1_0.0_1, 1E5, 0e0, 00, 1e21, 1e-7, 123456789.123456789)
print(str(1e21), float(2 ** 63), 2 ** 63, -2 ** 63, 1e16 + 1, 9007199254740993, 0.1 + 0.2 == 0.3)
print(f"{0.1 + 0.2}", f"{0.1 + 0.2!r}", f"{1e16:.0f}", f"{2 ** 70:.3e}", f"{10 ** 20:,}", f"{123:.2f}", f"{5:.1%}", f"{2 ** 64:x}")
print(f"{'q'!a}", f"{'é'!a}", ascii("한"), f"{3!s:>4}", f"{'{'}", f"{{{1}}}", f"{1:{'>'}{5}}")
d = {"k": [1, 2]}
print(f"{d['k'][1]}", f"{d!r}", f"{len(d) * 2 + 1:03}", f"{'yes' if d else 'no'}", f"{(lambda: 7)()}")
x, w, p = 3.14159, 12, 3
print(f"[{x:{w}.{p}f}]", f"[{x:<{w}}]", f"[{'mid':^{w}}]", f"[{x=:.2f}]", f"[{w = }]", f"{x!r:>{w}}")
