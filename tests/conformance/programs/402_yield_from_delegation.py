# Rule: yield from delegates next and send to the inner generator, and evaluates to the value the inner generator returns (StopIteration.value).
def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("group", key, "done:", results[key])


def chain(*iterables):
    for it in iterables:
        yield from it


results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
print(list(chain("ab", [1, 2], range(2))))


def inner():
    print("inner start")
    yield 1
    yield 2
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3


print(list(outer()))
