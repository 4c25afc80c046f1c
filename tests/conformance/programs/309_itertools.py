# Rule: itertools' iterators yield CPython's items in CPython's order (product, permutations, combinations, groupby's shared iterator) and check their arguments at the call.
import itertools
from itertools import count, cycle, islice, chain, repeat, product, permutations, combinations, accumulate, groupby, zip_longest

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(repeat("x", 3)), list(islice(repeat(7), 2)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])), list(chain()))
print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", 2, None)), list(islice(range(5), None)))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=3)), list(product()))
print(list(permutations([1, 2, 3])), list(permutations("abcd", 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)), list(combinations([1], 2)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
for key, group in groupby("aaabccdd"):
    print(key, list(group))
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=lambda p: p[0])])
groups = [(k, g) for k, g in groupby("aabb")]
print([(k, list(g)) for k, g in groups])
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.pairwise("abcd")))
it = count(3)
print(next(it), next(it), type(it), repeat(2, 3), type(groupby("a")))
for attempt in [lambda: islice([1], -1), lambda: islice([1]), lambda: permutations([1], -1), lambda: product([1], repeat=-1), lambda: count("a"), lambda: cycle(5), lambda: list(chain(1)), lambda: list(accumulate([1, 2], 5)), lambda: combinations([1])]:
    try:
        attempt()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
total = 0
for i in count(1):
    total += i
    if i == 100:
        break
print(total)
