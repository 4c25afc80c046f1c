# Rule: a generator cannot resume itself (ValueError: generator already executing); iter() of a generator is the generator; gi_running is true only while its frame runs.
def selfish():
    print("running:", me.gi_running)
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print("after error, gi_running:", me.gi_running)


def count():
    yield 1
    yield 2


c = count()
print(iter(c) is c, c.__iter__() is c)
print(c.__next__(), next(c))
print(c.gi_running, c.gi_suspended if hasattr(c, "gi_suspended") else "n/a")


def early_exit():
    try:
        for i in range(10):
            yield i
    finally:
        print("early_exit closed")


for v in early_exit():
    if v == 2:
        print("breaking at", v)
        break
print("after loop")
