# Probe: int() of a string with more than 4,300 digits raises ValueError.
try:
    int('7' * 5000)
except ValueError as e:
    print(str(e)[:50])
print(int('7' * 4300) % 10)
