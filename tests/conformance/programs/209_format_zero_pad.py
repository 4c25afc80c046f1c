# Rule: format zero pad (a learner-style program written to probe the simulator's edges)
for v in [7, -7, 1.5, 123]:
    print(f"[{v:05}] [{v:<05}] [{v:>08}] [{v:^07}]")
print(f"[{'ab':05}] [{'ab':<05}]")
