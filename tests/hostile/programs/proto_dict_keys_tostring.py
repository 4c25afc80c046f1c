# Probe: a dict with keys named after Object.prototype members keeps them all, in order.
d = {'toString': 1, 'valueOf': 2, '__proto__': 3, 'hasOwnProperty': 4, 'constructor': 5}
print(d)
print(len(d), d['__proto__'])
del d['toString']
print(list(d))
