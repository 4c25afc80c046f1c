# Rule: chained cmp is (a learner-style program written to probe the simulator's edges)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(1 < 2 == 2 > 1, 1 == 1.0 == True, "a" < "b" < "c", 3 != 3 != 4)
a = [1]
b = a
print(a is b, a is not [1], a == [1], None is None, (1 < 2) is True, [] or [0])
print(1 in [1, 2] in [[1, 2]], not 1 == 2, not (1 and 0), 0 < 0.5 < 1, -1 < -0.0 <= 0)
x = 5
print(0 <= x < 10, 10 < x or x < 0, x if x > 3 else -x, (x > 3) + (x > 4) + (x > 5))
