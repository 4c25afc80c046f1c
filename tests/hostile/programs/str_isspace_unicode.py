# Probe: isspace knows the Unicode spaces and separators.
for c in ['\u00a0', '\u2003', '\u3000', '\x1c', '\u200b', '\x85']:
    print(ord(c), c.isspace())
