# Rule: functools.partial fixes arguments (flattening nested partials), reduce folds left, and wraps makes a wrapper answer to the wrapped function's name.
import asyncio
import functools
from functools import partial, reduce


def power(base, exponent, *, verbose=False):
    if verbose:
        print("computing", base, exponent)
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3, verbose=True)
print(square(5), cube(2), square(3, exponent=4))
twice = partial(partial(power, 2), verbose=True)
print(twice(10), twice.func is power, twice.args, twice.keywords)
print(type(square), type(square).__name__, callable(square))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, "hello"))
for attempt in [lambda: reduce(lambda a, b: a, []), lambda: partial(5), lambda: partial(), lambda: reduce(5, [1, 2])]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)


def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return functools.wraps(func)(wrapper)


def add(a, b):
    return a + b


logged_add = logged(add)
print(logged_add(2, 3), logged_add.__name__, logged_add.__wrapped__ is add, logged_add.__qualname__)
print(str(logged_add).split(" at ")[0], str(logged(power)).split(" at ")[0])


async def fetch(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    handles = []
    loop.call_soon(partial(print, "soon", end="!\n"))
    results = await asyncio.gather(*(partial(fetch, delay=0.01)(i) for i in range(3)))
    print(results)
    done = loop.create_future()
    loop.call_later(0.01, partial(done.set_result, "late"))
    print(await done)


asyncio.run(main())
