# Rule: a Future's repr shows its state, its result through reprlib and its callbacks; result() and exception() on a pending future, and set_result on a done one, raise InvalidStateError with the C Future's messages.
import asyncio


def on_done(fut):
    pass


class Counter:
    def hit(self, fut):
        pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    for name in ("result", "exception"):
        try:
            getattr(fut, name)()
        except asyncio.InvalidStateError as e:
            print(name, repr(e))
    fut.add_done_callback(on_done)
    print(fut)
    fut.add_done_callback(print)
    print(fut)
    fut.add_done_callback(Counter().hit)
    fut.add_done_callback(lambda f: None)
    print(fut)
    print(fut.remove_done_callback(print), fut)
    fut.set_result(list(range(10)))
    print(fut)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("again", repr(e))
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("again", repr(e))
    print(fut.cancel(), fut.cancelled())

    long = loop.create_future()
    long.set_result("x" * 50)
    print(long)
    nested = loop.create_future()
    nested.set_result({"b": [1, 2, 3], "a": (1,), "c": 3, "d": 4, "e": 5})
    print(nested)
    big = loop.create_future()
    big.set_result(2 ** 200)
    print(big)

    failed = loop.create_future()
    failed.set_exception(RuntimeError("boom"))
    print(failed, repr(failed.exception()))

    gone = loop.create_future()
    print(gone.cancel("no longer needed"), gone)
    try:
        gone.result()
    except asyncio.CancelledError as e:
        print("result raised", repr(e))
    try:
        gone.exception()
    except asyncio.CancelledError as e:
        print("exception raised", repr(e))
    await asyncio.sleep(0)


asyncio.run(main())
