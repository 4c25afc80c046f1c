# Rule: repr(e) shows the class and arguments, str(e) only the message; KeyError's str is the repr of its key.
import asyncio


async def main():
    errors = [
        ValueError("x"),
        ValueError(),
        ValueError("a", 2),
        KeyError("k"),
        RuntimeError("it's"),
        TimeoutError(),
        asyncio.CancelledError(),
        Exception("plain"),
    ]
    for e in errors:
        print(repr(e), "|", str(e), "|", e.args)
    try:
        {}["missing"]
    except KeyError as e:
        print("caught", repr(e), "str:", str(e))
    try:
        raise RuntimeError("outer") from ValueError("inner")
    except RuntimeError as e:
        print("raise ... from ...:", repr(e))
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
