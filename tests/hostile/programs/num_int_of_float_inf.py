# Probe: int(float('inf')) is OverflowError and int(float('nan')) is ValueError.
for x in [float('inf'), float('nan')]:
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
