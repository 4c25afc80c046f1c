# Probe: a lone CR is a line ending too.print('cr one')print('cr two')
