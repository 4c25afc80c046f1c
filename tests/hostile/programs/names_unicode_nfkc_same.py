# Probe: the identifiers 𝐱 (mathematical bold x) and x are the same name after NFKC.
𝐱 = 5
print(x)
