# Probe: a UTF-8 byte-order mark at the start is ignored.
print('bom')
