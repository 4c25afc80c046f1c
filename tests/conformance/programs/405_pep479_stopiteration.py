# Rule: PEP 479: a StopIteration raised inside a generator's frame becomes RuntimeError('generator raised StopIteration') with the StopIteration as its cause; return ends the generator cleanly.
def first_of_each(*iterables):
    for it in iterables:
        yield next(iter(it))


print(list(first_of_each("ab", [1, 2])))
try:
    print(list(first_of_each("ab", [], [3])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))


def polite(*iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return


print(list(polite("ab", [], [3])))


def returns_value():
    yield 1
    return "the value"


g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", e.value)
