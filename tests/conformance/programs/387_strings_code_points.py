# Rule: str indexes, widths and counts are in code points, so an astral character is one character in find, index, count, padding, zfill, %-formatting and replace with an empty pattern.
s = "a😀b😀c"
print(len(s), s.find("b"), s.rfind("😀"), s.index("c"), s.count("😀"), s.find("😀", 2), s.find("c", -1), s.rfind("😀", 0, 3))
print(s.startswith("b", 2), s.endswith("😀", 0, 4), s.find("", 5), s.find("", 6), s.count("", 6), "abc".startswith("", 4))
print("hello world".find("o", 5), "hello world".find("o", -3), "hello world".rfind("o", 0, 6), "hello world".count("o", 0, 5))
for w in [1, 3, 4, 5, 6]:
    print(f"[{'😀'.ljust(w, '.')}] [{'😀'.rjust(w, '.')}] [{'😀'.center(w, '.')}] [{'𝟘'.zfill(w)}] [{'-😀'.zfill(w)}]")
print(f"[{'%5s' % '😀'}] [{'%-4s' % 'é😀'}] [{'%3s' % 'abcd'}] [{format('😀', '^5')}] [{'{:*<4}'.format('😀')}]")
print("ab".replace("", "-"), "😀😀".replace("", "|"), "abc".replace("", "-", 2), "abc".replace("", "-", 0), "".replace("", "x"))
print("aaaa".replace("a", "b", 2), "a😀a".replace("😀", "-"), "😀".replace("", "", 5))
for bad in [lambda: "x".ljust(3, "ab"), lambda: "x".center(3, 5), lambda: "x".rjust(3, "")]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6\n\tx".expandtabs(2)), repr("a\tb".expandtabs(0)), repr("😀\tx".expandtabs(tabsize=3)))
print(sorted(["\uffff", "😀", "z", "é"]), "😀" > "\uffff", [ord(c) for c in "a😀"], "a😀b"[1], "a😀b"[::-1])
print("a\x1cb\x85c\u3000d\ufeffe".split(), repr(" \x1f x \x1f ".strip()), "a\x0bb\x1cc\u2028d\r\ne".splitlines(), "x\ny\r\n".splitlines(True))
