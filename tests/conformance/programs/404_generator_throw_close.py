# Rule: throw() raises the exception at the suspended yield (the generator may catch it and yield again); close() raises GeneratorExit there, running finally blocks, and a generator that yields after GeneratorExit is a RuntimeError.
def worker():
    try:
        while True:
            try:
                item = yield
                print("working on", item)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("worker cleanup")


w = worker()
next(w)
w.send("job 1")
print("throw returned", w.throw(ValueError("bad job")))
next(w)
w.send("job 2")
w.close()
print("closed; close again is a no-op:", w.close())


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped:", e)


def untouched():
    print("never printed")
    yield 1


u = untouched()
try:
    u.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted generator raises at once:", e)
