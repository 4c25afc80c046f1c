# Probe: strip() removes Unicode whitespace such as U+3000 and NBSP.
print(repr('\u3000 x \u00a0'.strip()))
print(repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
