# Probe: float formatting with g, e, % and thousands separators.
x = 1234567.891
print(f'{x:g} {x:.3e} {x:,.2f} {0.5:%} {x:_.1f} {1e-7:g} {1e16:g}')
