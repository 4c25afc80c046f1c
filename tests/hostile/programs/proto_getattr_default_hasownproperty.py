# Probe: getattr with a default returns the default for hasOwnProperty on a list.
print(getattr([1, 2], 'hasOwnProperty', 'missing'))
print(getattr((), 'isPrototypeOf', 'missing'))
