# Probe: repr picks quotes as CPython does.
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
