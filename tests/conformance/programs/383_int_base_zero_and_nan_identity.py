# Rule: int(s, 0) reads the base from a prefix and refuses leading zeros; containers compare items by identity first, so a nan finds itself; max compares item > best, min item < best.
print(int("ff", 16), int("0x1F", 0), int("0b101", 0), int("0o17", 0), int("-0b11", 0), int(" 0X1f ", 0), int("0_0", 0), int("1_0", 0))
for text, base in [("010", 0), ("0x", 0), ("0b12", 0), ("0x1f", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(e)
n = float("nan")
print(n == n, n is n, [n] == [n], n in [n], (n,) == (n,), [n].index(n), [n, n].count(n), [1, n] < [1, n, 0])
for a, b in [(1, "a"), ("a", 1)]:
    for f in [max, min]:
        try:
            f(a, b)
        except TypeError as e:
            print(f.__name__, e)
print(max(["aa", "b"], key=len), min([], default="none"), max(3, 1, 2, key=lambda x: -x))
