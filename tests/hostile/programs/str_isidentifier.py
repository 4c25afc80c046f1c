# Probe: isidentifier accepts Unicode letters and rejects digits first.
for s in ['abc', '_x1', '1x', 'été', '名前', 'a-b', '', 'class']:
    print(repr(s), s.isidentifier())
