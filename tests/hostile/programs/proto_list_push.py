# Probe: [].push(1) is an AttributeError naming list.
x = []
try:
    x.push(1)
except AttributeError as e:
    print(e)
print(x)
