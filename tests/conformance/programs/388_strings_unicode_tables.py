# Rule: str predicates, casefold and repr follow CPython's Unicode database for its version (14.0 in 3.11, 15.0 in 3.12, 15.1 in 3.13): digits beyond Nd, numerics beyond N, Python's whitespace, printable and identifier characters.
samples = ["²", "½", "٣", "①", "三", "Ⅻ", "x²", "1", "", "é", "中", "ǅ", "Ω", "ß", "ʕ", "ꝱ", "ᏸ", "\x1c", "\x85", "\u00a0", "\u200b", "\ufeff", "\uffff", "\U0001f6dc", "\U00031350", "\u2ffc", "\u0e33", "_a1"]
for s in samples:
    print(repr(s), [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isidentifier(), s.isupper(), s.islower(), s.istitle()])
for s in ["Hello World", "Hello world", "HELLO", "ǅungla", "A1b", "1A", "ΣΑΣ", "abc", "abC", "123"]:
    print(s, s.istitle(), s.isupper(), s.islower())
for s in ["abc", "_x1", "1x", "été", "名前", "a-b", "", "class", "℘x", "x·y", "a\u200c"]:
    print(repr(s), s.isidentifier())
print("Straße".casefold(), "ΣΊΣΥΦΟΣ ς µ ſ".casefold(), "ꭰᏸ".casefold(), "ﬁ İ ı".casefold(), "Straße".lower())
print(repr("\uffff\u200b\x85\xa0\u3000 \ufeff\U000e0001\U0001f6dc\U00031350é"))
print(float("１.５"), int("１２３"), int("٤٢"), float(" ٣.٢ "), "٣".isdigit())
