# Probe: str.find counts code points, so an emoji before the target counts as one.
s = '😀x😀y'
print(s.find('y'), s.index('x'), s.rfind('😀'))
