# Probe: SystemExit with a string prints it to stderr and exits with status 1.
print('leaving')
raise SystemExit('goodbye')
