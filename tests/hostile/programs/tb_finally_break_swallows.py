# Probe: break inside finally swallows the exception and leaves the loop.
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        break
print('after', i)
