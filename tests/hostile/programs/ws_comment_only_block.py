# Probe: a comment-only body is an IndentationError.
if True:
    # nothing
print('x')
