# Rule: converting an int of more than 4,300 decimal digits to or from a str raises ValueError (the sign does not count; power-of-two bases are exempt).
big = 10**4300
for f in [str, repr, lambda n: f"{n}", lambda n: "%d" % n, lambda n: format(n, ",")]:
    try:
        print(len(f(big)))
    except ValueError as e:
        print(e)
print(len(str(-(10**4300 - 1))), len(hex(big)), len(format(big, "b")))
for text, base in [("1" * 4301, 10), ("1" * 4301, 3), ("1" * 4301, 0), ("-" + "1" * 4300, 10)]:
    try:
        print(int(text, base) % 1000)
    except ValueError as e:
        print(e)
print(int("1" * 4301, 16) % 1000, int("0x" + "f" * 5000, 0) % 1000)
print(2**20000)
