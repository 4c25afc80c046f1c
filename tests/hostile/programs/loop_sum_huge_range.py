# Probe: sum(range(10**11)) loops inside a builtin; the simulator must stop it, not freeze.
# hostile: runs-on
print(sum(range(10**11)))
