# Probe: counting words that include __proto__ and constructor with a dict.
counts = {}
for w in ['__proto__', 'constructor', '__proto__', 'a']:
    counts[w] = counts.get(w, 0) + 1
print(counts)
