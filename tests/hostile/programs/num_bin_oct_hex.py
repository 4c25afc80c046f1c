# Probe: bin, oct and hex of negative numbers and zero.
print(bin(-5), oct(-8), hex(-255), bin(0), f'{-5:b}', f'{255:#x}', f'{255:08b}')
