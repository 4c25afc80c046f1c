# Probe: encoding non-ASCII as ASCII raises UnicodeEncodeError.
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end)
