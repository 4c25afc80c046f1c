# Probe: repr escapes control characters and keeps printable non-ASCII as is.
print(repr('é\x00\t\n😀\u200b\x7f'))
print(ascii('é😀'))
