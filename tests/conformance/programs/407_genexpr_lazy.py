# Rule: a generator expression evaluates only its first iterable when it is made; conditions and elements run as items are asked for, and it is a real generator (repr, type name, send/close).
def source():
    print("source called")
    return [1, 2, 3, 4]


def check(x):
    print("check", x)
    return x % 2 == 0


g = (x * 10 for x in source() if check(x))
print("genexpr made:", type(g).__name__, repr(g).startswith("<generator object <genexpr> at 0x"))
print("next:", next(g))
print("rest:", list(g))
print("again:", list(g))


def outer():
    return (c.upper() for c in "hi")


h = outer()
print(h.__name__, h.__qualname__, next(h))
h.close()
print(list(h))
