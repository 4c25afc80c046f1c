# Probe: a while loop that pops until empty.
stack = [1, [2, [3, [4]]]]
out = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        out.append(top)
print(out)
