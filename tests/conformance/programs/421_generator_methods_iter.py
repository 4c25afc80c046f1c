# Rule: __iter__ written as a generator method makes a class iterable: each for loop calls it afresh and gets a new generator over the instance's state.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        return (n for n in self if n % 2 == 0)


c = Countdown(5)
print(list(c))
print(list(c))
print(list(c.evens()), sum(c), max(c))
it = iter(c)
print(type(it).__name__, it.__qualname__, next(it), next(it))
for a, b in zip(c, Countdown(2)):
    print(a, b)
