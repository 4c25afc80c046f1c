# Rule: an exception raised in a finally (or an except block) run for another gets that one as
# __context__; the traceback chain prints both, each at the line that raised it.
import asyncio


def close_resource(name):
    raise OSError(f"cannot close {name}")


async def fetch(name):
    await asyncio.sleep(0.01)
    try:
        raise ValueError(f"bad reply from {name}")
    finally:
        status = "closing"
        close_resource(name)


def check(e):
    print(type(e).__name__, e)
    print("  context:", repr(e.__context__), "suppressed:", e.__suppress_context__)
    print("  raised at line", e.__traceback__.tb_next.tb_lineno if e.__traceback__.tb_next else None)


def handled():
    raise


async def main():
    try:
        await fetch("a")
    except OSError as e:
        check(e)
    try:
        try:
            await fetch("b")
        except OSError:
            handled()
    except OSError as e:
        print("re-raised by a function called from the handler:", e)
    try:
        try:
            {}["key"]
        except KeyError as e:
            raise RuntimeError("lookup failed") from None
    except RuntimeError as e:
        check(e)
    await fetch("c")


asyncio.run(main())
