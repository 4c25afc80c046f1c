# Rule: a generator function runs nothing until the first next(); each next() runs to the following yield, and a for loop interleaves its body with the generator's prints.
def countdown(n):
    print("countdown starts at", n)
    while n > 0:
        print("  about to yield", n)
        yield n
        print("  resumed after", n)
        n -= 1
    print("countdown done")


gen = countdown(3)
print("created", type(gen).__name__)
print("first:", next(gen))
for value in gen:
    print("loop got", value)
print("exhausted:", next(gen, "default"))
