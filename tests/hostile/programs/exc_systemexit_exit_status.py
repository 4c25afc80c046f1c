# Probe: an uncaught SystemExit(5) ends the process with status 5 and no traceback.
print('before')
raise SystemExit(5)
