# Probe: abs and divmod of floats and mixed types.
print(abs(-0.0), abs(-3), divmod(7.5, 2), divmod(-7, 2.0))
