# Probe: d.get('__proto__') on an empty dict is None, and storing that key works like any other.
d = {}
print(d.get('__proto__'))
d['__proto__'] = 5
print(d['__proto__'], len(d), list(d))
