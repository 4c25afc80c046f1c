# Probe: len() of astral characters counts code points.
print(len('😀'), len('a😀b'), len('𝔘𝔫𝔦'))
