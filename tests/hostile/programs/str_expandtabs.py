# Probe: expandtabs aligns to tab stops, default 8 and a given size.
print(repr('a\tbc\td'.expandtabs()))
print(repr('a\tbc\td'.expandtabs(4)))
print(repr('12345\t6\n\tx'.expandtabs(2)))
