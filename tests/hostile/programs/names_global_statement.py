# Probe: global lets a function rebind a module name; without it the write is local.
count = 0
def bump():
    global count
    count += 1
def local_only():
    count = 100
    return count
bump(); bump()
print(count, local_only(), count)
