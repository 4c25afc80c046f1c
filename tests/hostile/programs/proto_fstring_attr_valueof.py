# Probe: an f-string reaching (5).valueOf raises AttributeError.
n = 5
try:
    print(f'{n.valueOf()}')
except AttributeError as e:
    print(e)
