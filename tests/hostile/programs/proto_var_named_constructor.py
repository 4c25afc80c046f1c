# Probe: variables named constructor, toString and valueOf are ordinary Python names.
constructor = 1
toString = 2
valueOf = constructor + toString
print(constructor, toString, valueOf)
