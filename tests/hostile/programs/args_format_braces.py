# Probe: doubled braces escape; a single stray brace is a ValueError.
print('{{}} {{{0}}}'.format(7))
for f in ['{', '}', 'a{b']:
    try:
        f.format()
    except ValueError as e:
        print(e)
