# Rule: a plain future given an exception and dropped logs "Future exception was never retrieved" when freed; its exception was never raised, so no traceback is shown.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(RuntimeError("never looked at"))
    print("set:", fut.done())
    fut = None
    print("dropped")
    kept = loop.create_future()
    kept.set_exception(KeyError("looked at"))
    print("got:", repr(kept.exception()))


asyncio.run(main())
print("after run")
