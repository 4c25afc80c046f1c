# Rule: a pipeline of generators pulls one item at a time through every stage: each stage's prints interleave item by item, never stage by stage.
def numbers(limit):
    for i in range(limit):
        print(f"numbers: produce {i}")
        yield i


def squares(source):
    for n in source:
        print(f"squares: square {n}")
        yield n * n


def evens(source):
    for n in source:
        if n % 2 == 0:
            print(f"evens: keep {n}")
            yield n


pipeline = evens(squares(numbers(5)))
print("pipeline built, nothing ran yet")
for item in pipeline:
    print("consumer got", item)
print(sum(x for x in squares(numbers(3))))
