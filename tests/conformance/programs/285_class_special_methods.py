# Rule: the runtime consults special methods on the type: __eq__ and __hash__ key dicts and sets, ordering sorts, arithmetic, __len__, __bool__, __iter__/__next__, __getitem__, __contains__ and __call__.
import asyncio


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Point(-self.x, -self.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __len__(self):
        return self.start

    def __contains__(self, n):
        return 0 < n <= self.start

    def __getitem__(self, i):
        if not 0 <= i < self.start:
            raise IndexError("countdown index out of range")
        return self.start - i


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k

    def __bool__(self):
        return self.k != 0


class Plain:
    pass


async def main():
    seen = {Point(1, 2), Point(1, 2), Point(0, 5)}
    print(len(seen), Point(1, 2) in seen, Point(9, 9) in seen)
    scores = {Point(1, 2): "first"}
    scores[Point(1, 2)] = "replaced"
    scores[Point(2, 1)] = "second"
    print(scores)
    print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 1), Point(2, 0)))
    print(Point(1, 1) + Point(2, 3), Point(1, 2) * 3, 2 * Point(1, 1), -Point(4, 5))
    print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 2), Point(1, 2) == (1, 2), Point(0, 0) > Point(-1, 0))
    c = Countdown(3)
    print(list(c), len(c), 2 in c, 7 in c, c[0], [x * 10 for x in c], sum(c))
    it = iter(c)
    print(next(it), next(it), next(it), next(it, "done"))
    double = Multiplier(2)
    print(double(21), list(map(double, [1, 2])), callable(double), callable(c), bool(Multiplier(0)), bool(double))
    p, q = Plain(), Plain()
    print(p == p, p == q, len({p, q, p}), bool(p))
    print({1: "a", 1.0: "b", True: "c"}, {0, 0.0, False}, {Point(0, 0): 1, Point(0.0, 0.0): 2})
    try:
        {[1]: 2}
    except TypeError as e:
        print(e)
    try:
        Point(1, 2) < 3
    except TypeError as e:
        print(e)


asyncio.run(main())
