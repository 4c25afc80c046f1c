# -*- coding: latin-1 -*-
# Probe: a latin-1 coding cookie: the byte 0xe9 is Ã©.
print('café')
