# Probe: round() uses banker's rounding and exact binary values.
print(round(0.5), round(1.5), round(2.5), round(2.675, 2), round(-0.5), round(123, -1), round(125, -1))
