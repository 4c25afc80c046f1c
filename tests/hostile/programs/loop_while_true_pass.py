# Probe: while True: pass never ends under CPython; the simulator stops it cleanly.
# hostile: runs-on
while True:
    pass
