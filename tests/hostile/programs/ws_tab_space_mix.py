# Probe: a tab indents to the next multiple of eight; mixing that ambiguously is a TabError.
if True:
	x = 1
        print(x)
