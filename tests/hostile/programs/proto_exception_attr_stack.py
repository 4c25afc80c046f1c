# Probe: an exception object has no JavaScript 'stack' or 'message' attribute.
e = ValueError('boom')
print(hasattr(e, 'stack'), hasattr(e, 'message'), e.args)
