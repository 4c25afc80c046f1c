# Probe: a complex literal, which learners rarely mean to write.
print((1 + 2j) * 1j)
