# Rule: global closure (a learner-style program written to probe the simulator's edges)
total = 0
items = []
def add(n):
    global total
    total += n
    items.append(n)
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
for i in range(4):
    add(i)
c1 = make_counter()
c2 = make_counter()
print(total, items, c1(), c1(), c2())
adders = []
for i in range(3):
    adders.append(lambda x: x + i)
print([f(10) for f in adders])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
