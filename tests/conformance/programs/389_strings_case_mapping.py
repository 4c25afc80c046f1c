# Rule: title, capitalize and swapcase map character by character with Unicode's full titlecase and the final-sigma rule, and strip with a set of characters strips whole code points.
for s in ["été à l'ouest", "hello wORLD", "ǆemal ǉ", "straße ﬁsh", "ŉ x", "o'neil 2nd", "ΣΑΣ σας", "ǅ", "İstanbul", "x😀y"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.upper()), repr(s.lower()))
print(repr("😀ab😀".strip("😀")), repr("a😀".rstrip("\U0001F601\U0001F600")), repr("😀x".lstrip("😀")))
print("a😀b".split("😀"), "a😀b".partition("😀"), "😀".center(4, "😀"))
print([s.title() for s in ["ǳ ǲ Ǳ", "ᾳ ﬃ և", "x-ray o\u0301k", "ΑΣ ΑΣ.", "Σ", "a Σ b"]], [s.capitalize() for s in ["ǳx", "ßa", "ΣΑΣ"]])
