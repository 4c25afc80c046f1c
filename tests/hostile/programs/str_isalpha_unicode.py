# Probe: isalpha, isupper and islower follow Unicode for non-ASCII letters.
print('é'.isalpha(), 'Ω'.isupper(), 'ß'.islower(), '中'.isalpha(), '中'.isupper())
print('1'.isalpha(), ''.isalpha(), 'ǅ'.istitle())
