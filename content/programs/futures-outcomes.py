import asyncio


async def main():
    loop = asyncio.get_running_loop()
    failed = loop.create_future()
    failed.set_exception(ValueError("bad input"))
    print("done?", failed.done(), "exception():", repr(failed.exception()))
    try:
        await failed
    except ValueError as e:
        print("await raised", repr(e))

    dropped = loop.create_future()
    print("cancel() returned", dropped.cancel())
    print("cancelled?", dropped.cancelled(), "done?", dropped.done())
    try:
        dropped.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")


asyncio.run(main())
