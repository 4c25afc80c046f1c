# Probe: hex() of a huge int has no digit limit (only decimal conversion does).
print(len(hex(2**20000)))
