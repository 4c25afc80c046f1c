# Rule: unpack (a learner-style program written to probe the simulator's edges)
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
(h, i), j = (1, 2), 3
print(h, i, j)
x = y = 5
x, y = y + 1, x
print(x, y)
for k, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(k, m, n)
first, *_ = [9]
print(first, _)
t = 1, 2
print(t, type(t).__name__)
