# Rule: a dict iterator is an index into the dict's entries; renaming keys inside the loop (pop one, add another: same size) raises 'dictionary keys changed during iteration' or ends the loop early, depending on when an insertion resizes the table and drops the holes deletions left; iterating over list(d) is the safe way.
for n in range(1, 8):
    d = {f'k{i}': i for i in range(n)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            d[k.upper()] = d.pop(k)
        print(n, 'ended', seen, d)
    except RuntimeError as e:
        print(n, e, seen)

d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
del d['b']
c = d.copy()
seen = []
try:
    for k in c:
        seen.append(k)
        c[k + k] = c.pop(k)
    print('copy ended', seen, c)
except RuntimeError as e:
    print(e, seen, c)

d = {'x': 1}
for k in d:
    d.update({'y': d.pop(k)})
print(d)

d = {f'k{i}': i for i in range(5)}
for k in list(d):
    d[k.upper()] = d.pop(k)
print(d)
