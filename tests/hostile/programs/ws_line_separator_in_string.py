# Probe: unicode line separator U+2028 inside a string literal is an ordinary character.
print(len('a b'))
