# Rule: a generator's try/finally and with blocks run their clean-up when it is exhausted, or when a for loop that made it ends early with break, return or an exception.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def lines(name, count):
    with Resource(name):
        try:
            for i in range(count):
                yield f"{name}:{i}"
        finally:
            print("finally", name)


for line in lines("full", 2):
    print(line)
for line in lines("broken", 5):
    print(line)
    if line.endswith("1"):
        break


def first_line():
    for line in lines("returned", 3):
        return line


print(first_line())
try:
    for line in lines("raised", 3):
        raise ValueError(line)
except ValueError as e:
    print("caught", e)
