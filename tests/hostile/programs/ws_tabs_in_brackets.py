# Probe: tabs and spaces inside a bracketed expression do not matter.
x = [1,
		2,
   3]
print(x)
