# Probe: '%5s' pads an emoji to five code points.
print('[%5s]' % '😀')
print('[%-4s]' % 'é😀')
