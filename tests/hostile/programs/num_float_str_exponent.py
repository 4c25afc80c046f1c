# Probe: float() parses exponents, infinities and nans in any case.
print(float('1e3'), float('-Infinity'), float('nan'), float('  .5 '), float('1_0.5'))
