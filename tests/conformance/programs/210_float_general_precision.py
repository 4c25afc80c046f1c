# Rule: float general precision (a learner-style program written to probe the simulator's edges)
for v in [3.14159, 2.0, 1234.5, 0.5, 100.0, 1e-5, 123456.0, 0.1 + 0.2]:
    print(f"{v:.2} | {v:.3} | {v:.10} | {format(v, '.1')} | {v:10.4}|")
