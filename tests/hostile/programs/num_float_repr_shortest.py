# Probe: repr of floats is the shortest round-trip form.
print(0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 1.5e300 * 1e10, -0.0, 2.5e-324)
