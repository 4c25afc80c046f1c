# Probe: print(2**100000) raises ValueError (the 4,300-digit limit), the traceback ends the run.
print(2**100000)
