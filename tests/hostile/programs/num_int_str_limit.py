# Probe: str() of an int past 4,300 digits raises ValueError in CPython 3.11.
try:
    s = str(10**5000)
    print(len(s))
except ValueError as e:
    print(str(e)[:60])
print(len(str(10**4299)))
