# Probe: assigning to None is a SyntaxError.
None = 1
