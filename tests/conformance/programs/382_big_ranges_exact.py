# Rule: range arithmetic is exact for big ints: indexing, membership, index and count never round; len() past a C ssize_t is OverflowError; a slice of a range is a range.
r = range(10**30)
print(r[10**29], r[-1], range(0, 10**20, 3)[-1], range(0, 10**30, 7).index(7 * 10**20))
print(10**29 in r, 10**30 in r, -1 in r, 7 * 10**20 + 1 in range(0, 10**30, 7), 2.0 in range(5), 2.5 in range(5))
print(len(range(2**63 - 1)), r.start, r.stop, range(1, 9, 3).step)
for f in [lambda: len(r), lambda: len(range(-(2**63), 2**63 - 1)), lambda: list(r), lambda: r[10**30]]:
    try:
        print(f())
    except (OverflowError, IndexError) as e:
        print(type(e).__name__, e)
print(range(10)[2:8:2], range(10)[::-1], range(0, 10**30, 7)[10**20:], list(range(20)[-3:]), range(10)[5:2])
print(range(5).index(2.0), range(5).count(True), range(5).count(2.0), range(5).count(9))
for f in [lambda: range(5).index(7), lambda: range(5).index(7.0), lambda: range(5).index("x"),
          lambda: range(10)["a"], lambda: range(10)[::0], lambda: range(10)["a":]]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 2), range(2, 3, 5) == range(2, 4, 7))
print(len({range(3), range(0, 3), range(0, 3, 2)}), {range(3): 1}[range(0, 3, 1)], hash(range(3)) == hash((3, 0, 1)), hash(range(5, 5)) == hash(range(0)))
print(next(reversed(range(10**30))), next(reversed(range(5, 0, -2))), list(reversed(range(0))), list(reversed(range(1, 10, 4))))
