# Rule: zip(strict=True) raises ValueError naming the iterable that ran short or long, after the rows before it; map takes the same strict= from 3.14 (gh-119793) and no keywords before.
def attempt(label, make):
    rows = []
    try:
        for row in make():
            rows.append(row)
        print(label, rows)
    except (TypeError, ValueError) as e:
        print(label, rows, type(e).__name__, e)


def pair(a, b):
    return a + b


def triple(a, b, c):
    return a + b + c


attempt("zip equal", lambda: zip([1, 2], "ab", strict=True))
attempt("zip short", lambda: zip([1, 2, 3], "ab", strict=True))
attempt("zip long", lambda: zip([1], "ab", strict=True))
attempt("zip third short", lambda: zip([1, 2], [3, 4], [5], strict=True))
attempt("zip third long", lambda: zip([1], [2], [3, 4], strict=True))
attempt("zip not strict", lambda: zip([1, 2, 3], "ab", strict=False))
attempt("zip two keywords", lambda: zip([1], strict=True, fill=0))
attempt("zip bad keyword", lambda: zip([1], fill=0))
attempt("map equal", lambda: map(pair, [1, 2], [3, 4], strict=True))
attempt("map short", lambda: map(pair, [1, 2, 3], [4, 5], strict=True))
attempt("map long", lambda: map(triple, [1], [2], [3, 4], strict=True))
attempt("map not strict", lambda: map(pair, [1, 2, 3], [4, 5], strict=False))
attempt("map one iterable", lambda: map(str, [1, 2], strict=True))
attempt("map no iterable", lambda: map(str, strict=True))
attempt("map bad keyword", lambda: map(pair, [1], [2], fill=0))

left = iter([1, 2, 3, 4])
attempt("zip leaves", lambda: zip(left, [10], strict=True))
print("left over", list(left))
