# Probe: float() rejects garbage with CPython's message.
for s in ['1.2.3', '', 'inf1', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print(e)
