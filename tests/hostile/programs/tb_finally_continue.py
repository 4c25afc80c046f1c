# Probe: continue inside finally (allowed since 3.8) swallows the exception.
n = 0
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        n += 1
        continue
print(n)
