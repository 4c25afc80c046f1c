# Rule: str.format looks field names up with Python's getattr and subscription only (a name like constructor or toString is an ordinary missing attribute or key), and reports malformed fields with CPython's ValueErrors.
class Point:
    x = 3

    def __getitem__(self, key):
        return ("item", key)


print("{0.x} {0[k]} {0[3]} {p.x} {0.__class__.__name__}".format(Point(), p=Point()))
print("{0[1]} {0[-1]} {1[0]} {2[a]} {3.real}".format({1: "one", "-1": "minus"}, "abc", {"a": 1}, 5))
print("{:{}}|{:>{}}|{{}}|{!r:>5}".format(1, 4, "b", 3, "c"))
cases = [
    ("{0.constructor}", (1,)), ("{0[toString]}", ({},)), ("{0[__proto__]}", ({"__proto__": "p"},)),
    ("{0.__proto__}", ([],)), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{", ()), ("}", ()), ("a{b", ()),
    ("{0", (1,)), ("{0.}", (1,)), ("{0[}", ([1],)), ("{0[0]x}", ([1],)), ("{0[a]}", ([1],)),
    ("{0[5]}", ([1],)), ("{x}", (1,)), ("{1}", (1,)), ("{}", ()), ("{0!x}", (1,)), ("{0!}", (1,)),
    ("{0!rr}", (1,)), ("{:{:{}}}", (1, 5, 2)), ("{0[0]}", (5,)), ("{ 0}", (1,)), ("{-1}", (1,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt.format(*args)))
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
print("{__proto__}-{constructor}".format(**{"__proto__": "p", "constructor": "c"}))
