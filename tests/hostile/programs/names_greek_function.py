# Probe: a function with a Greek name and argument.
def λ(α, β=2):
    return α * β
print(λ(3), λ(α=1, β=10))
