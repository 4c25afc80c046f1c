# Probe: 10 ** (10 ** 7) takes CPython a long while; the simulator must not freeze on it.
# hostile: runs-on
x = 10 ** (10 ** 8)
print(x % 7)
