# Probe: reversing a string with astral characters keeps each character whole.
print(''.join(reversed('x𝄞y')))
print(list('𝄞😀'))
