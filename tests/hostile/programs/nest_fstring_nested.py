# Probe: f-strings nested in f-strings with the other quote kinds.
x = 3
print(f"{f'{x:>{x}}'!r}", f'''{f"{x*2}"}''')
