# Probe: a keyword argument named __proto__ arrives in **kwargs like any other name.
def f(**kw):
    return sorted(kw.items())
print(f(**{'__proto__': 1, 'constructor': 2}))
