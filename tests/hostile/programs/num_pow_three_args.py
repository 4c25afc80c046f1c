# Probe: pow with a modulus: pow(3, 4, 5) is 1, and a negative exponent takes an inverse.
print(pow(3, 4, 5), pow(2, 100, 7), pow(3, -1, 7), pow(-2, 3, 5))
