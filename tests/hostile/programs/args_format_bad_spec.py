# Probe: an unknown format code for a type raises ValueError.
for spec in ['d', 'x', 'z']:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(e)
try:
    format('s', '>5d')
except ValueError as e:
    print(e)
