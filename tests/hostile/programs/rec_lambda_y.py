# Probe: recursion through lambdas only.
fact = lambda f: lambda n: 1 if n == 0 else n * f(f)(n - 1)
print(fact(fact)(20))
