# Rule: a decorator is called with the function (or class) it decorates and its result is bound to the name, innermost decorator first; wrappers forward *args and **kwargs, and coroutine functions can be wrapped too.
import asyncio

calls = []


def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        print(f"call {fn.__name__} args={args} kwargs={kwargs}")
        return fn(*args, **kwargs)
    return wrapper


def repeat(times):
    def decorate(fn):
        async def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(await fn(*args))
            return results
        return wrapper
    return decorate


def tagged(label):
    def decorate(fn):
        fn.label = label
        return fn
    return decorate


registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


@register
class Handler:
    @staticmethod
    @logged
    def handle(event, *, urgent=False):
        return f"handled {event} urgent={urgent}"


@logged
@tagged("math")
def add(a, b=10):
    return a + b


@repeat(3)
async def tick(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    print(add(1), add(1, b=2))
    print(Handler.handle("boot", urgent=True))
    print(await tick(7))
    print(calls, list(registry), registry["Handler"] is Handler)
    print(add.__name__)


asyncio.run(main())
