# Probe: isprintable is False for controls and for a zero-width space.
print('abc'.isprintable(), 'a\n'.isprintable(), '\u200b'.isprintable(), ''.isprintable())
