# Probe: 'valueOf' in {} is False; membership never consults Object.prototype.
print('valueOf' in {})
print('hasOwnProperty' in {})
print('toString' in {'a': 1})
