# Rule: sum, zip, enumerate, in, any, unpacking and list() consume generators lazily, asking for one item at a time, so the generator's prints interleave with the consumer's work.
def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} finished")


print("sum =", sum(noisy("s", 3)))
for pair in zip(noisy("left", 3), noisy("right", 2)):
    print("pair", pair)
for i, v in enumerate(noisy("e", 2), start=1):
    print("enumerate", i, v)
print("2 in gen:", 2 in noisy("membership", 5))
print("any:", any(x > 0 for x in noisy("any", 4)))
a, b = noisy("unpack", 2)
print("unpacked", a, b)
print(list(noisy("list", 2)))
print(max(noisy("max", 3)), min(x * -1 for x in noisy("min", 2)))
print(sorted(noisy("sorted", 3), reverse=True))
print("-".join(str(x) for x in noisy("join", 3)))
