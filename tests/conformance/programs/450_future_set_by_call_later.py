# Rule: a Future made with asyncio.Future() is pending until a call_later callback sets its result; its done-callbacks run through call_soon, after the waiting task was woken by its own.
import asyncio


def announce(fut):
    print("callback sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = asyncio.Future()
    print(type(fut), fut.done())
    fut.add_done_callback(announce)
    loop.call_later(0.05, fut.set_result, "ready")
    print("waiting")
    value = await fut
    print("awaited", value)
    await asyncio.sleep(0)
    print("done", fut.done(), fut.result())

    made = loop.create_future()
    print(type(made), made.get_loop() is loop)
    loop.call_soon(made.set_exception, KeyError("missing"))
    try:
        await made
    except KeyError as e:
        print("raised", repr(e))
    print(repr(made.exception()))


asyncio.run(main())
