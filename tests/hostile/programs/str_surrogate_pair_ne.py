# Probe: a string of two surrogate escapes is not equal to the astral character they would encode.
a = '\ud83d\ude00'
b = '😀'
print(a == b, len(a), len(b))
