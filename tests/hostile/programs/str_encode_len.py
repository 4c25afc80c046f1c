# Probe: encoding to UTF-8 gives the byte count of each character.
print(len('😀'.encode()), len('é'.encode('utf-8')), 'a😀'.encode())
