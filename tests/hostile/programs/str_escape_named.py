# Probe: \N{...} and \U escapes make astral characters.
print('\N{GRINNING FACE}' == '😀', '\U0001F600' == '😀', len('\N{SNOWMAN}'))
