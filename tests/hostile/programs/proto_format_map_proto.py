# Probe: '{__proto__}'.format(**{'__proto__': 'p'}) looks the keyword up like any other.
print('{__proto__}-{constructor}'.format(**{'__proto__': 'p', 'constructor': 'c'}))
