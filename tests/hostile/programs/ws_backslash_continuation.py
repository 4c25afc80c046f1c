# Probe: backslash continuation, including into a comment-free next line.
x = 1 + \
    2
print(x)
