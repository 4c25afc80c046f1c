# Probe: sorting strings compares code points, so an astral character sorts after U+FFFF.
print(sorted(['\uffff', '😀', 'z', 'é']))
print('😀' > '\uffff')
