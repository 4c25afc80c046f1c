# Probe: swapcase on non-ASCII letters.
print('ÀbÇ'.swapcase(), 'Σσ'.swapcase())
