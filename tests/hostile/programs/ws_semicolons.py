# Probe: a semicolon-separated line and a trailing semicolon.
x = 1; y = 2; print(x + y);
