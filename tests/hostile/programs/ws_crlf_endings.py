# Probe: CRLF line endings parse like LF.
x = 2
if x:
    print('crlf', x)
