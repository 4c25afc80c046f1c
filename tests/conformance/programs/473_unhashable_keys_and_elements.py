# Rule: a value with no hash cannot key a dict or join a set; 3.14 names which it was asked to be (gh-132825), and hash() alone does not.
import asyncio
import collections


class Mutable:
    def __eq__(self, other):
        return self is other


class BadHash:
    def __hash__(self):
        return "not an int"


class Loud:
    def __hash__(self):
        raise ValueError("no hash today")


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def store(d, k):
    d[k] = 1


def forget(d, k):
    del d[k]


async def main():
    attempt("hash list", lambda: hash([]))
    attempt("hash tuple", lambda: hash((1, [2])))
    attempt("dict display", lambda: {[]: 1})
    attempt("dict tuple key", lambda: {(1, [2]): 1})
    attempt("subscript", lambda: {}[{}])
    attempt("store", lambda: store({}, [1]))
    attempt("delete", lambda: forget({1: 2}, [1]))
    attempt("in dict", lambda: [] in {1: 2})
    attempt("dict.get", lambda: {}.get(set()))
    attempt("dict()", lambda: dict([([], 1)]))
    attempt("dict comp", lambda: {k: 1 for k in [[]]})
    attempt("set display", lambda: {[]})
    attempt("set()", lambda: set([[1]]))
    attempt("frozenset()", lambda: frozenset([{}]))
    attempt("set comp", lambda: {k for k in [[]]})
    attempt("in set", lambda: [] in {1})
    attempt("set.add", lambda: set().add([]))
    attempt("set.discard", lambda: {1}.discard([]))
    attempt("set.union", lambda: {1}.union([[]]))
    attempt("set.difference", lambda: {1}.difference([[]]))
    attempt("set.intersection", lambda: {1}.intersection([[]]))
    attempt("user eq only", lambda: {Mutable(): 1})
    attempt("user eq only set", lambda: {Mutable()})
    attempt("hash user", lambda: hash(Mutable()))
    attempt("bad __hash__", lambda: {BadHash(): 1})
    attempt("raising __hash__", lambda: {Loud()})
    attempt("Counter([list])", lambda: collections.Counter([[]]))
    attempt("defaultdict[list]", lambda: collections.defaultdict(int)[[]])
    try:
        await asyncio.gather([])
    except TypeError as e:
        print("gather", e)


asyncio.run(main())
